import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { requireStorableText } from './storable-text.js';

/** The param type pipes see for `@Args()` (see graphql/null-arguments.pipe.ts). */
const GRAPHQL_ARGS = 'body';

/**
 * Every argument of every resolver is checked for text the database cannot store (storable-text.ts),
 * before any resolver runs. Applied once, as a global pipe.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === GRAPHQL_ARGS) requireStorableText(metadata.data ?? '', value);
    return value;
  }
}
