import { MercuriusDriver, type MercuriusDriverConfig } from '@nestjs/mercurius';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { NoSchemaIntrospectionCustomRule, type ValidationRule } from 'graphql';
import type { AppConfig } from '../config/app-config.js';
import { APP_CONFIG } from '../config/config.module.js';
import type { GraphQLContext } from './graphql-context.js';
import { LoadersModule } from './loaders.module.js';
import { RequestLoadersFactory } from './request-loaders.js';
import { complexityLimitRule } from './validation/complexity.rule.js';

/**
 * Deepest selection nesting accepted. The schema has no cycles today, and its deepest query is 6
 * (projects › nodes › indicators › deviation › deviationRate › percent); the limit guards the day a
 * cycle appears (a unit's projects, a project's unit…).
 */
export const MAX_QUERY_DEPTH = 7;
/** See {@link complexityLimitRule}; a page of 100 projects with their score cards fits. */
export const MAX_QUERY_COST = 20_000;

/**
 * The only place that knows the GraphQL server is Mercurius (docs/decisions/0001-graphql-driver.md):
 * swapping drivers touches this file alone. Resolvers stay driver-neutral code-first Nest.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<MercuriusDriverConfig>({
      driver: MercuriusDriver,
      imports: [LoadersModule],
      inject: [APP_CONFIG, RequestLoadersFactory],
      useFactory: (config: AppConfig, loaders: RequestLoadersFactory): MercuriusDriverConfig => {
        const validationRules: ValidationRule[] = [complexityLimitRule(MAX_QUERY_COST)];
        // No schema browsing in production: the committed schema.graphql is the documentation.
        if (config.production) validationRules.push(NoSchemaIntrospectionCustomRule);
        return {
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          graphiql: !config.production,
          queryDepth: MAX_QUERY_DEPTH,
          validationRules,
          // Batched queries would multiply the cost past the complexity limit.
          allowBatchedQueries: false,
          context: (req: FastifyRequest, reply: FastifyReply): GraphQLContext => ({
            req,
            reply,
            loaders: loaders.create(),
          }),
        };
      },
    }),
  ],
})
export class GraphQLDriverModule {}
