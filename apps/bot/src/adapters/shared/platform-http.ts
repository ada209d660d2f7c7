/** JSON over HTTPS to the platforms' open APIs, shared by the reply sender and the push clients. */
export const PLATFORM_TIMEOUT_MS = 10_000;
/** Renew access tokens this long before they expire (the platforms issue them for about two hours). */
const TOKEN_MARGIN_MS = 5 * 60 * 1000;

export type JsonObject = Record<string, unknown>;

export async function postJson(url: string, body: unknown, headers: Record<string, string> = {}): Promise<JsonObject> {
  return readJson(
    url,
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(PLATFORM_TIMEOUT_MS),
    }),
  );
}

export async function getJson(url: string): Promise<JsonObject> {
  return readJson(url, await fetch(url, { signal: AbortSignal.timeout(PLATFORM_TIMEOUT_MS) }));
}

async function readJson(url: string, response: Response): Promise<JsonObject> {
  if (!response.ok) throw new Error(`${new URL(url).host} answered HTTP ${response.status}`);
  return (await response.json()) as JsonObject;
}

/** Feishu and WeCom answer HTTP 200 with an error code in the body; 0 (or none) is success. */
export function expectPlatformOk(answer: JsonObject, codeField: 'code' | 'errcode'): void {
  const code = answer[codeField];
  if (code !== undefined && code !== 0) throw new Error(`platform error ${String(code)}: ${String(answer['msg'] ?? answer['errmsg'] ?? '')}`);
}

/** One platform access token, fetched when missing or about to expire, shared by concurrent callers. */
export class AccessTokenCache {
  private cached: { readonly value: string; readonly until: number } | undefined;
  private pending: Promise<string> | undefined;

  constructor(
    /** Answers the token and its lifetime in seconds. */
    private readonly fetchToken: () => Promise<{ value: unknown; expiresInSeconds: unknown }>,
    private readonly now: () => number = Date.now,
  ) {}

  async get(): Promise<string> {
    if (this.cached !== undefined && this.cached.until > this.now()) return this.cached.value;
    this.pending ??= this.renew().finally(() => (this.pending = undefined));
    return this.pending;
  }

  private async renew(): Promise<string> {
    const { value, expiresInSeconds } = await this.fetchToken();
    if (typeof value !== 'string' || value === '' || typeof expiresInSeconds !== 'number') throw new Error('platform answered no access token');
    this.cached = { value, until: this.now() + expiresInSeconds * 1000 - TOKEN_MARGIN_MS };
    return value;
  }
}
