import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import { AuthModule } from '../auth/auth.module.js';
import { AuthService } from '../auth/auth.service.js';
import { graphqlErrorFormatter } from '../common/errors/graphql-error-formatter.js';
import { StorableTextPipe } from '../common/validation/storable-text.pipe.js';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { ExecutionDeadlineInterceptor } from './execution-deadline.interceptor.js';
import type { GraphQLContext } from './graphql-context.js';
import { preExecutionChecks } from './limits/pre-execution-checks.js';
import { PublicRootFields } from './limits/public-root-fields.js';
import { queryLimitRules } from './limits/query-limit.rules.js';
import { QUERY_LIMITS } from './limits/query-limits.js';
import { LoadersModule } from './loaders.module.js';
import { RequestLoadersFactory } from './request-loaders.js';

@Module({
  imports: [DiscoveryModule],
  providers: [PublicRootFields],
  exports: [PublicRootFields],
})
class GraphQLLimitsModule {}

/**
 * The only place that knows the GraphQL server is Mercurius (docs/decisions/0001-graphql-driver.md):
 * swapping drivers touches this file alone. Resolvers stay driver-neutral code-first Nest.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      imports: [LoadersModule, AuthModule, GraphQLLimitsModule],
      inject: [APP_CONFIG, RequestLoadersFactory, AuthService, PublicRootFields],
      useFactory: (config: AppConfig, loaders: RequestLoadersFactory, auth: AuthService, publicRootFields: PublicRootFields): MercuriusDriverConfig => {
        const validationRules: ValidationRule[] = queryLimitRules();
        // No schema browsing in production: the committed schema.graphql is the documentation.
        if (config.production) validationRules.push(NoSchemaIntrospectionCustomRule);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: !config.production,
          // graphql-js' parser stops reading past the limit, before a document is built.
          graphql: { parseOptions: { maxTokens: QUERY_LIMITS.maxTokens } },
          validationRules,
          hooks: { preExecution: preExecutionChecks(auth, publicRootFields) },
          errorFormatter: graphqlErrorFormatter({ production: config.production }),
          // The execution deadline runs around field resolvers too, not only root fields.
          fieldResolverEnhancers: ['interceptors'],
          // Batched queries would multiply the cost past the limits.
          allowBatchedQueries: false,
          context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
            req,
            reply,
            loaders: loaders.create(),
            deadline: Date.now() + config.graphqlTimeoutSeconds * 1000,
          }),
        };
      },
    }),
  ],
  providers: [
    { provide: APP_INTERCEPTOR, useClass: ExecutionDeadlineInterceptor },
    { provide: APP_PIPE, useClass: StorableTextPipe },
  ],
})
export class GraphQLDriverModule {}
