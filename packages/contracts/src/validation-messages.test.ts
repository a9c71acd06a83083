import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg, parseMsg } from '@praxis/i18n/message-ref';
import { serverCatalogs } from '@praxis/i18n/server-catalogs';
import { formatMsg } from '@praxis/i18n/translate';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { DirectRoomBody } from './chat.ts';
import { CohortBody } from './cohorts.ts';
import { EmailPreferencesUpdate } from './email.ts';
import { NotesBody } from './meetups.ts';
import { Password, passwordWeakness } from './passwords.ts';
import { AvatarUpload, ProfileUpdateBody } from './profiles.ts';
import { NewThreadBody } from './threads.ts';

// The schemas carry their messages as `msg` references; the API turns them into the request's
// language. French spaces: U+00A0 before ; and : and inside « », U+202F between thousands (as
// Intl writes them).

const uuid = '00000000-0000-4000-8000-000000000000';

/** A bad input, the field it fails on, and that field's message in English, French and Bosnian. */
const refusals: {
  name: string;
  schema: z.ZodType;
  input: unknown;
  path: string;
  en: string;
  fr: string;
  bs: string;
}[] = [
  {
    name: 'a thread title too short (.min)',
    schema: NewThreadBody,
    input: { kind: 'question', title: 'Hi', body: 'Why?' },
    path: 'title',
    en: 'A title has at least 5 characters: say what the thread is about.',
    fr: 'Un titre comporte au moins 5 caractères\u00a0: dites de quoi parle la discussion.',
    bs: 'Naslov mora imati najmanje 5 znakova: recite o čemu je tema.',
  },
  {
    name: 'a story without its template (.superRefine)',
    schema: NewThreadBody,
    input: { kind: 'success', title: 'Budgeting with residents' },
    path: 'story',
    en: 'A story fills in the template: context, what you tried, what happened, what you learned.',
    fr: 'Un récit suit le modèle\u00a0: contexte, ce que vous avez essayé, ce qui s’est passé, ce que vous avez appris.',
    bs: 'Priča popunjava predložak: kontekst, šta ste pokušali, šta se desilo, šta ste naučili.',
  },
  {
    name: 'a story section with NUL (a select on the section)',
    schema: NewThreadBody,
    input: {
      kind: 'failure',
      title: 'Budgeting with residents',
      story: { context: 'c', tried: 'a\u0000b', happened: 'h', learned: 'l' },
    },
    path: 'story.tried',
    en: 'What we tried cannot contain NUL characters.',
    fr: 'La section «\u00a0Ce que nous avons essayé\u00a0» ne peut pas contenir de caractères NUL.',
    bs: 'Odjeljak „Šta smo pokušali“ ne smije sadržavati znakove NUL.',
  },
  {
    name: 'notes over the limit (a select and a formatted number)',
    schema: NotesBody,
    input: { notes: 'x'.repeat(50_001) },
    path: 'notes',
    en: 'The notes has at most 50,000 characters.',
    fr: 'Les notes comportent au plus 50\u202f000 caractères.',
    bs: 'Bilješke mogu imati najviše 50.000 znakova.',
  },
  {
    name: 'a headline over the limit (a line field)',
    schema: ProfileUpdateBody,
    input: { headline: 'x'.repeat(141) },
    path: 'headline',
    en: 'A headline has at most 140 characters.',
    fr: 'Une accroche comporte au plus 140 caractères.',
    bs: 'Kratki opis može imati najviše 140 znakova.',
  },
  {
    name: 'a short password (a plural)',
    schema: Password,
    input: 'short',
    path: '',
    en: 'Use at least 10 characters; a short sentence is easy to remember.',
    fr: 'Utilisez au moins 10 caractères\u00a0; une courte phrase se retient facilement.',
    bs: 'Koristite najmanje 10 znakova; kratku rečenicu je lako zapamtiti.',
  },
  {
    name: 'too many people in a direct conversation',
    schema: DirectRoomBody,
    input: { memberIds: Array(9).fill(uuid) },
    path: 'memberIds',
    en: 'A direct conversation holds at most 8 people, you included.',
    fr: 'Une conversation directe réunit au plus 8 personnes, vous compris.',
    bs: 'Direktni razgovor može imati najviše 8 osoba, uključujući vas.',
  },
  {
    name: 'unknown fields in the e-mail settings (an error function with values)',
    schema: EmailPreferencesUpdate,
    input: { colour: 'red' },
    path: '',
    en: 'Only topics, weeklyDigest and push can be changed, not colour.',
    fr: 'Seuls topics, weeklyDigest et push peuvent être modifiés, pas colour.',
    bs: 'Mogu se mijenjati samo topics, weeklyDigest i push, ne colour.',
  },
  {
    name: 'a cohort ending before it starts (.refine)',
    schema: CohortBody,
    input: { name: 'Cohort 2026', year: 2026, startsOn: '2026-09-01', endsOn: '2026-01-01' },
    path: 'endsOn',
    en: 'The end date comes before the start date.',
    fr: 'La date de fin est antérieure à la date de début.',
    bs: 'Datum završetka je prije datuma početka.',
  },
  {
    name: 'an upload that is no picture (z.custom)',
    schema: AvatarUpload,
    input: 'not bytes',
    path: '',
    en: 'Upload a JPEG, PNG or WebP picture.',
    fr: 'Envoyez une image JPEG, PNG ou WebP.',
    bs: 'Učitajte sliku u formatu JPEG, PNG ili WebP.',
  },
];

describe('validation messages', () => {
  it.each(refusals)('$name: a catalog key, in English, French and Bosnian', (refusal) => {
    const result = refusal.schema.safeParse(refusal.input);
    expect(result.success).toBe(false);
    const issues = result.error?.issues ?? [];
    for (const issue of issues) {
      const ref = parseMsg(issue.message);
      expect(ref?.key, issue.message).toMatch(/^validation\./);
      expect(serverCatalogs.en[ref?.key ?? ''], issue.message).toBeTypeOf('string');
    }
    const issue = issues.find((candidate) => candidate.path.join('.') === refusal.path);
    expect(formatMsg('en', issue?.message ?? '')).toBe(refusal.en);
    expect(formatMsg('fr', issue?.message ?? '')).toBe(refusal.fr);
    expect(formatMsg('bs', issue?.message ?? '')).toBe(refusal.bs);
  });

  it('uses the Bosnian plural forms for one, few and other', () => {
    const tags = (max: number) => formatMsg('bs', msg('validation.threads.tagsMax', { max }));
    expect(tags(1)).toBe('Navedite najviše 1 oznaku.');
    expect(tags(3)).toBe('Navedite najviše 3 oznake.');
    expect(tags(5)).toBe('Navedite najviše 5 oznaka.');
  });

  it('refuses a guessable password with a catalog message', () => {
    const weakness = passwordWeakness('selma-begic-2026', {
      email: 'selma.begic@agency.example',
      name: 'Selma Begić',
    });
    expect(formatMsg('en', weakness ?? '')).toBe(
      'Choose a password that does not contain your name.',
    );
    expect(formatMsg('fr', weakness ?? '')).toBe(
      'Choisissez un mot de passe qui ne contient pas votre nom.',
    );
  });
});

/** `error:` and `message:` values in a contract that hold text of their own, not a `msg(...)`. */
function plainMessages(name: string, text: string): string[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const isMsgCall = (node: ts.Node) =>
    ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg';
  // A literal compared with `===` is a code (`issue.code === 'invalid_type'`), not text.
  const isComparison = (node: ts.Node) =>
    ts.isBinaryExpression(node.parent) &&
    [ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken].includes(
      node.parent.operatorToken.kind,
    );
  const inspect = (node: ts.Node) => {
    if (isMsgCall(node)) return;
    if (
      (ts.isStringLiteralLike(node) || ts.isTemplateExpression(node)) &&
      !isComparison(node) &&
      /\p{L}/u.test(node.getText())
    ) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      found.push(`${name}:${line} ${node.getText()}`);
      return;
    }
    ts.forEachChild(node, inspect);
  };
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      (node.name.text === 'error' || node.name.text === 'message')
    ) {
      inspect(node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the contracts', () => {
  it('give every zod message as a msg(…) reference, never as plain text', () => {
    const dir = fileURLToPath(new URL('.', import.meta.url));
    const contracts = readdirSync(dir).filter(
      (name) => name.endsWith('.ts') && !name.endsWith('.test.ts'),
    );
    expect(contracts.length).toBeGreaterThan(20);
    const found = contracts.flatMap((name) =>
      plainMessages(name, readFileSync(join(dir, name), 'utf8')),
    );
    expect(found).toEqual([]);
  });

  it('are scanned for every way a message can be written', () => {
    const sample = [
      "z.string({ error: 'Enter a name.' });",
      `z.string().max(max, { error: \`Use at most \${max} characters.\` });`,
      "z.object({}, { error: (issue) => (issue.code === 'unrecognized_keys' ? 'Not these.' : msg('validation.email.bodyShape')) });",
      "context.addIssue({ code: 'custom', message: 'Write the body.' });",
      "z.uuid({ error: msg('validation.threads.threadId') });",
      'z.object({ message: z.string(), error: z.object({ code: ErrorCode }) });',
    ].join('\n');
    expect(plainMessages('sample.ts', sample)).toEqual([
      "sample.ts:1 'Enter a name.'",
      `sample.ts:2 \`Use at most \${max} characters.\``,
      "sample.ts:3 'Not these.'",
      "sample.ts:4 'Write the body.'",
    ]);
  });
});
