import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import {
  allKeys,
  locales,
  namespaces,
  readCatalog,
  repoRoot,
  type Side,
  sourceFiles,
} from './catalog-files.ts';

const sides: Side[] = ['web', 'server'];

/** The placeholders a message uses, and the plural categories of each plural in it. */
function shape(
  elements: MessageFormatElement[],
  into = { args: new Set<string>(), plurals: [] as string[][] },
) {
  for (const element of elements) {
    if (
      element.type === TYPE.argument ||
      element.type === TYPE.number ||
      element.type === TYPE.date ||
      element.type === TYPE.time
    ) {
      into.args.add(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      into.args.add(element.value);
      if (element.type === TYPE.plural && element.pluralType === 'cardinal') {
        into.plurals.push(Object.keys(element.options).filter((option) => !option.startsWith('=')));
      }
      for (const option of Object.values(element.options)) shape(option.value, into);
    } else if (element.type === TYPE.tag) {
      into.args.add(`<${element.value}>`);
      shape(element.children, into);
    }
  }
  return into;
}

const categories = (locale: string) =>
  new Intl.PluralRules(locale)
    .resolvedOptions()
    .pluralCategories.filter((category) => category !== 'many' || locale !== 'fr');

describe.each(sides)('the %s catalogs', (side) => {
  it.each(namespaces(side))('%s has every key in every locale, and no other', (namespace) => {
    const source = readCatalog(side, namespace, 'en');
    for (const key of Object.keys(source)) expect(key.startsWith(`${namespace}.`), key).toBe(true);
    for (const locale of locales) {
      expect(Object.keys(readCatalog(side, namespace, locale)).sort(), locale).toEqual(
        Object.keys(source).sort(),
      );
    }
  });

  it.each(namespaces(side))(
    '%s: each translation parses, keeps the English placeholders and has its plural forms',
    (namespace) => {
      const source = readCatalog(side, namespace, 'en');
      for (const locale of locales) {
        for (const [key, message] of Object.entries(readCatalog(side, namespace, locale))) {
          const where = `${locale} ${key}`;
          const english = shape(parse(source[key] ?? ''));
          const translated = shape(parse(message));
          expect([...translated.args].sort(), where).toEqual([...english.args].sort());
          for (const plural of translated.plurals) {
            expect(plural.sort(), where).toEqual(expect.arrayContaining(categories(locale)));
          }
        }
      }
    },
  );
});

/** Where each side's keys are used. */
const usedIn: Record<Side, string[]> = {
  web: ['apps/web/src'],
  server: ['apps/api/src', 'packages/contracts/src', 'packages/db/src'],
};

/** Keys written whole in the code, and prefixes of keys built from a template (`kind.${kind}`). */
function keysInCode(side: Side) {
  const whole = new Set<string>();
  const prefixes = new Set<string>();
  for (const dir of usedIn[side]) {
    for (const file of sourceFiles(join(repoRoot, dir))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/['"`]([a-zA-Z][\w-]*(?:\.[\w-]*)+)(['"`]|\$\{)/g)) {
        const [, literal = '', end] = match;
        if (end === '${') prefixes.add(literal);
        else whole.add(literal);
      }
    }
  }
  return { whole, prefixes };
}

describe.each(sides)('the %s code', (side) => {
  it('uses every key of its catalogs', () => {
    const { whole, prefixes } = keysInCode(side);
    const unused = allKeys(side).filter(
      (key) => !whole.has(key) && ![...prefixes].some((prefix) => key.startsWith(prefix)),
    );
    expect(unused).toEqual([]);
  });
});
