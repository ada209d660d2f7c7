/** The demo password (apps/api README, "Demo data and users"). */
const DEMO_PASSWORD = 'jixiao-demo';

async function gql<T>(url: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.data === undefined || body.errors !== undefined) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

async function login(url: string, username: string): Promise<{ token: string; userId: string }> {
  const data = await gql<{ login: { accessToken: string; user: { id: string } } }>(
    url,
    'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { accessToken user { id } } }',
    { u: username, p: DEMO_PASSWORD },
  );
  return { token: data.login.accessToken, userId: data.login.user.id };
}

/** Links chat accounts to demo users as the admin would (`linkChatUser`); `links` maps "platform:id" → username. */
export async function linkChatUsers(url: string, links: Readonly<Record<string, string>>): Promise<void> {
  const admin = await login(url, 'admin');
  for (const [chatUser, username] of Object.entries(links)) {
    const separator = chatUser.indexOf(':');
    const { userId } = await login(url, username);
    await gql(
      url,
      'mutation($platform: String!, $id: String!, $user: ID!) { linkChatUser(platform: $platform, platformUserId: $id, userId: $user) }',
      { platform: chatUser.slice(0, separator), id: chatUser.slice(separator + 1), user: userId },
      admin.token,
    );
  }
}
