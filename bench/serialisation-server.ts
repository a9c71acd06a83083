import { createServer } from 'node:http';
import schemas from '@praxis/api/plugins/schemas';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

// One server for the serialisation benchmark, in one of four shapes, serving the same page of
// 25 directory cards: node:http with JSON.stringify (the baseline), Fastify with no response
// schema (JSON.stringify: the framework's own cost), Fastify serialising from the zod schema's
// JSON Schema (what Praxis does), and Fastify re-parsing every response with zod.

const MemberCard = z.object({
  id: z.uuid(),
  handle: z.string(),
  name: z.string(),
  headline: z.string().nullable(),
  organisation: z.string().nullable(),
  country: z.string().nullable(),
  cohorts: z.array(z.object({ id: z.uuid(), name: z.string() })),
  expertise: z.array(z.string()),
  openToAdvise: z.boolean(),
  joinedAt: z.string(),
});
const MemberPage = z.object({ members: z.array(MemberCard), nextCursor: z.string().nullable() });

const page: z.infer<typeof MemberPage> = {
  members: Array.from({ length: 25 }, (_, index) => ({
    id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    handle: `member-${index}`,
    name: `Member Number ${index}`,
    headline: 'Service designer in a regional health agency',
    organisation: index % 3 === 0 ? null : 'Agence régionale de santé',
    country: 'FR',
    cohorts: [{ id: '00000000-0000-4000-8000-0000000000aa', name: 'La Transfo 2023' }],
    expertise: ['service design', 'user research', 'procurement'],
    openToAdvise: index % 2 === 0,
    joinedAt: '2026-01-15T09:30:00.000Z',
  })),
  nextCursor: 'eyJuYW1lIjoiTWVtYmVyIDI0In0',
};

const kinds = ['node', 'fastify-untyped', 'json-schema', 'zod'] as const;
type Kind = (typeof kinds)[number];
const kind = process.argv[2] as Kind;
const port = Number(process.argv[3]);
if (!kinds.includes(kind) || !Number.isInteger(port)) {
  process.stderr.write(`usage: serialisation-server.ts <${kinds.join('|')}> <port>\n`);
  process.exit(2);
}

if (kind === 'node') {
  createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(page));
  }).listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
} else {
  const app = Fastify({ logger: false });
  if (kind === 'fastify-untyped') {
    app.get('/members', async () => page);
  } else {
    if (kind === 'json-schema') {
      await app.register(schemas);
    } else {
      app.setValidatorCompiler(validatorCompiler);
      app.setSerializerCompiler(serializerCompiler);
    }
    app.get('/members', { schema: { response: { 200: MemberPage } } }, async () => page);
  }
  await app.listen({ host: '127.0.0.1', port });
  process.stdout.write('ready\n');
}
