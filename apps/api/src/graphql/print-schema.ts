import { NestFactory } from '@nestjs/core';
import { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { API_RESOLVERS } from './api-resolvers.js';

/** The committed contract's text: the schema sorted, so that diffs show only real changes. */
export function schemaText(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

/** Builds the schema from the resolver classes alone: no database, no HTTP server. */
export async function buildApiSchemaText(): Promise<string> {
  const app = await NestFactory.createApplicationContext(GraphQLSchemaBuilderModule, { logger: ['error'] });
  try {
    const schema = await app.get(GraphQLSchemaFactory).create(API_RESOLVERS);
    return schemaText(schema);
  } finally {
    await app.close();
  }
}
