/** The work-chat platforms a user can sign in with (OAuth code exchange done by the API). */
export const CHAT_SIGN_IN_PLATFORMS = ['dingtalk', 'feishu', 'wecom'] as const;
export type ChatSignInPlatform = (typeof CHAT_SIGN_IN_PLATFORMS)[number];

/**
 * Each platform's app credentials and hosts (the hosts only change for tests and private
 * deployments). A platform without credentials is off: the login page does not offer it.
 */
export interface ChatSignInConfig {
  readonly dingtalk?: { readonly clientId: string; readonly clientSecret: string; readonly loginHost: string; readonly apiHost: string; readonly oapiHost: string };
  readonly feishu?: { readonly appId: string; readonly appSecret: string; readonly accountsHost: string; readonly apiHost: string };
  readonly wecom?: { readonly corpId: string; readonly corpSecret: string; readonly agentId: string; readonly oauthHost: string; readonly apiHost: string };
}

/** Names shared with the bot's settings where the same app serves both (apps/bot). */
export function loadChatSignIn(env: NodeJS.ProcessEnv): ChatSignInConfig {
  return {
    ...(env.DINGTALK_CLIENT_ID && env.DINGTALK_CLIENT_SECRET
      ? {
          dingtalk: {
            clientId: env.DINGTALK_CLIENT_ID,
            clientSecret: env.DINGTALK_CLIENT_SECRET,
            loginHost: env.DINGTALK_LOGIN ?? 'https://login.dingtalk.com',
            apiHost: env.DINGTALK_API ?? 'https://api.dingtalk.com',
            oapiHost: env.DINGTALK_OAPI ?? 'https://oapi.dingtalk.com',
          },
        }
      : {}),
    ...(env.FEISHU_APP_ID && env.FEISHU_APP_SECRET
      ? {
          feishu: {
            appId: env.FEISHU_APP_ID,
            appSecret: env.FEISHU_APP_SECRET,
            accountsHost: env.FEISHU_ACCOUNTS ?? 'https://accounts.feishu.cn',
            apiHost: env.FEISHU_API ?? 'https://open.feishu.cn',
          },
        }
      : {}),
    ...(env.WECOM_CORP_ID && env.WECOM_CORP_SECRET && env.WECOM_AGENT_ID
      ? {
          wecom: {
            corpId: env.WECOM_CORP_ID,
            corpSecret: env.WECOM_CORP_SECRET,
            agentId: env.WECOM_AGENT_ID,
            oauthHost: env.WECOM_OAUTH ?? 'https://open.weixin.qq.com',
            apiHost: env.WECOM_API ?? 'https://qyapi.weixin.qq.com',
          },
        }
      : {}),
  };
}
