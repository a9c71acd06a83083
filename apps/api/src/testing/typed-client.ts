import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import type { paths } from './openapi-types.ts';

/**
 * The TypeScript types openapi-typescript makes of an OpenAPI document: the API's typecheck
 * writes them to openapi-types.ts (not committed) before checking this file against them.
 */
export async function clientTypes(document: object): Promise<string> {
  const types = astToString(await openapiTS(document as Parameters<typeof openapiTS>[0]));
  return `// Generated from the OpenAPI document by openapi-typescript: pnpm openapi:types. Do not edit.\n${types}`;
}

/**
 * What someone outside the project would write against the API with nothing but the document:
 * sign in, ask the network a question, answer it, and read the thread back. Every call, body
 * and answer is checked against the generated types when the project is type-checked.
 */
export async function askAndAnswer(
  baseUrl: string,
  origin: string,
  account: { email: string; password: string },
) {
  const anonymous = createClient<paths>({ baseUrl, headers: { origin } });
  const signIn = await anonymous.POST('/api/auth/login', { body: account });
  if (!signIn.data) throw new Error(`sign-in failed: ${JSON.stringify(signIn.error)}`);
  const cookie = signIn.response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
  const member = createClient<paths>({ baseUrl, headers: { origin, cookie } });

  const question = await member.POST('/api/threads', {
    body: {
      kind: 'question',
      title: 'How did you get a ministry to pilot a service design sprint?',
      body: 'We have a sponsor but no budget line. What worked for you?',
    },
  });
  if (!question.data) throw new Error(`asking failed: ${JSON.stringify(question.error)}`);
  const id = question.data.id;

  const reply = await member.POST('/api/threads/{id}/replies', {
    params: { path: { id } },
    body: { body: 'We ran it inside an existing training budget, as a learning exercise.' },
  });
  if (!reply.data) throw new Error(`replying failed: ${JSON.stringify(reply.error)}`);

  const thread = await member.GET('/api/threads/{id}', { params: { path: { id } } });
  const replies = await member.GET('/api/threads/{id}/replies', { params: { path: { id } } });
  const anonymousRead = await anonymous.GET('/api/threads/{id}', { params: { path: { id } } });
  return {
    signedIn: signIn.data.member.email,
    thread: thread.data && { title: thread.data.title, kind: thread.data.kind },
    replies: replies.data?.replies.map((each) => each.bodySource),
    anonymous: { status: anonymousRead.response.status, code: anonymousRead.error?.error.code },
  };
}
