import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const apiSource = fileURLToPath(new URL('..', import.meta.url));
const readme = fileURLToPath(new URL('../../../../README.md', import.meta.url));

/** Every event name declared in an `interface RealtimeEvents`, anywhere in the API. */
async function declaredEvents(): Promise<string[]> {
  const files = (await readdir(apiSource, { recursive: true })).filter(
    (file) => file.endsWith('events.ts') && !file.endsWith('.test.ts'),
  );
  const names: string[] = [];
  for (const file of files) {
    const text = await readFile(join(apiSource, file), 'utf8');
    const declaration = text.match(
      /^ *(?:export )?interface RealtimeEvents \{([\s\S]*?)\n {0,4}\}/m,
    );
    for (const match of declaration?.[1]?.matchAll(/^\s*'([a-z]+\.[a-z_]+)':/gm) ?? []) {
      if (match[1]) names.push(match[1]);
    }
  }
  return names.sort();
}

describe('the events on the bus', () => {
  it('are each named <module>.<what happened> and listed in the README with who publishes and hears them', async () => {
    const names = await declaredEvents();
    expect(names).toContain('session.ended');
    expect(names).toContain('thread.reply_created');
    const text = await readFile(readme, 'utf8');
    const listed = [...text.matchAll(/^\| `([a-z]+\.[a-z_]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual(names);
  });
});
