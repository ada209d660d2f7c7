/** Asks the API directly, as the test's independent source of the numbers the pages must show. */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? response.status}`);
  return body.data;
}

export async function login(baseUrl: string, username: string, password = 'jixiao-demo'): Promise<string> {
  const data = await graphql<{ login: { accessToken: string } }>(
    baseUrl,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { username, password } },
  );
  return data.login.accessToken;
}
