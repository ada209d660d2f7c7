// Apollo Client 3 has no package exports map: Node's ESM loader needs the file, not the `core` folder.
import { ApolloClient, ApolloError, HttpLink, InMemoryCache, type OperationVariables, type TypedDocumentNode } from '@apollo/client/core/index.js';

/** Headers of the API's service-token path (apps/api README, "Permissions"). */
const SERVICE_TOKEN_HEADER = 'x-jixiao-service-token';
const CHAT_USER_HEADER = 'x-jixiao-chat-user';

export interface JixiaoApiOptions {
  /** e.g. http://localhost:3000/graphql */
  readonly url: string;
  readonly serviceToken: string;
  /** Injected for tests; Node 20's global fetch otherwise. */
  readonly fetch?: typeof fetch;
}

/** The API's answer for a chat user linked to nobody: the bot may call, but sees no data. */
export class UnmappedChatUser extends Error {
  constructor() {
    super('chat user is not linked to a Jixiao user');
    this.name = 'UnmappedChatUser';
  }
}

/**
 * The bot's one connection to the API: Apollo Client over HTTP with the service token, acting for a chat user
 * (`<platform>:<user id>`) per operation. Every read is `no-cache`: the bot answers questions about money and
 * permissions, where a cached answer from another user's or an older request would be wrong.
 */
export class JixiaoApi {
  private readonly client: ApolloClient<unknown>;

  constructor(options: JixiaoApiOptions) {
    this.client = new ApolloClient({
      link: new HttpLink({
        uri: options.url,
        fetch: options.fetch ?? fetch,
        headers: { [SERVICE_TOKEN_HEADER]: options.serviceToken },
      }),
      cache: new InMemoryCache(),
      defaultOptions: {
        query: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
        mutate: { fetchPolicy: 'no-cache', errorPolicy: 'none' },
      },
    });
  }

  /** Runs a query as `chatUser` (null: as the bot itself). Throws `UnmappedChatUser` for an unlinked chat user. */
  async query<R, V extends OperationVariables>(document: TypedDocumentNode<R, V>, variables: V, chatUser: string | null): Promise<R> {
    try {
      const result = await this.client.query({ query: document, variables, context: { headers: chatHeaders(chatUser) } });
      return result.data;
    } catch (error) {
      throw translate(error);
    }
  }

  async mutate<R, V extends OperationVariables>(document: TypedDocumentNode<R, V>, variables: V, chatUser: string | null): Promise<R> {
    try {
      const result = await this.client.mutate({ mutation: document, variables, context: { headers: chatHeaders(chatUser) } });
      if (result.data === null || result.data === undefined) throw new Error('the API answered a mutation without data');
      return result.data;
    } catch (error) {
      throw translate(error);
    }
  }

  stop(): void {
    this.client.stop();
  }
}

/** The header value the API maps to a linked user: `<platform>:<platform user id>`. */
export function chatUserHeader(platform: string, chatUserId: string): string {
  return `${platform}:${chatUserId}`;
}

function chatHeaders(chatUser: string | null): Record<string, string> {
  return chatUser === null ? {} : { [CHAT_USER_HEADER]: chatUser };
}

function translate(error: unknown): unknown {
  if (error instanceof ApolloError && error.graphQLErrors.some((e) => e.extensions?.['code'] === 'UNMAPPED_CHAT_USER')) {
    return new UnmappedChatUser();
  }
  return error;
}
