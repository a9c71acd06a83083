import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { repoRoot, sourceFiles } from './catalog-files.ts';

// Every word a member reads comes from the catalogs: text between JSX tags, and the attributes
// a person or a screen reader reads, may hold no letters of their own.

const READ_ATTRIBUTES = new Set([
  'aria-label',
  'title',
  'placeholder',
  'alt',
  'label',
  'aria-description',
]);

/** Names of products and formats that read the same in every language. */
const UNTRANSLATED = new Set([
  'Praxis',
  'Markdown',
  'iCal',
  'SSO',
  'CSV',
  'E-mail',
  '@',
  '·',
  '×',
  '…',
]);

const wordy = (text: string) => {
  const trimmed = text.trim();
  return trimmed !== '' && /\p{L}/u.test(trimmed) && !UNTRANSLATED.has(trimmed);
};

function offenders(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    ts.ScriptKind.TSX,
  );
  const found: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(repoRoot, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && wordy(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      const literal =
        value && ts.isStringLiteral(value)
          ? value.text
          : value &&
              ts.isJsxExpression(value) &&
              value.expression &&
              ts.isStringLiteralLike(value.expression)
            ? value.expression.text
            : null;
      if (literal !== null && wordy(literal)) found.push(`${where(node)} ${node.getText()}`);
    }
    if (
      ts.isJsxExpression(node) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      ts.isJsxElement(node.parent) &&
      wordy(node.expression.text)
    ) {
      found.push(`${where(node)} ${node.getText()}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('the web app', () => {
  it('writes no user-visible text outside the catalogs', () => {
    const files = sourceFiles(join(repoRoot, 'apps/web/src')).filter((file) =>
      file.endsWith('.tsx'),
    );
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(offenders)).toEqual([]);
  });
});
