import { GraphqlDataPort } from './data/graphql-data-port.js';
import { JixiaoApi } from './data/graphql/jixiao-api.js';

/** The API's development service token (apps/api config): used only outside production when none is set. */
const DEV_SERVICE_TOKEN = 'jixiao-dev-bot-service-token';

export interface BotEnvironment {
  readonly apiUrl: string;
  /** Base of the links in replies and digests. */
  readonly dashboardUrl: string;
  readonly api: JixiaoApi;
  readonly data: GraphqlDataPort;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The API connection every entry point shares: JIXIAO_API_URL, BOT_SERVICE_TOKEN, JIXIAO_DASHBOARD_URL. */
export function botEnvironment(env: Env, warn: (text: string) => void): BotEnvironment {
  const apiUrl = env['JIXIAO_API_URL'] ?? 'http://localhost:3000/graphql';
  let serviceToken = env['BOT_SERVICE_TOKEN'];
  if (serviceToken === undefined || serviceToken === '') {
    if (env['NODE_ENV'] === 'production') throw new Error('BOT_SERVICE_TOKEN must be set when NODE_ENV=production');
    warn('BOT_SERVICE_TOKEN is not set: using the API’s development service token.');
    serviceToken = DEV_SERVICE_TOKEN;
  }
  // The API serves the built dashboard at its own root (apps/api README, "Run it").
  const dashboardUrl = env['JIXIAO_DASHBOARD_URL'] ?? new URL('/', apiUrl).toString();
  const api = new JixiaoApi({ url: apiUrl, serviceToken });
  return { apiUrl, dashboardUrl, api, data: new GraphqlDataPort(api, { dashboardUrl }) };
}
