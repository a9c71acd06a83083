import { type MessageFormatElement, parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { printAST } from '@formatjs/icu-messageformat-parser/printer.js';

// The pseudo-locale: English with every letter accented and every text 40 % longer, so that a
// screen shows at a glance a string left out of the catalogs and a layout that cannot grow.

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((letter, index) => [
    letter,
    [...'áƀçđéğĥíķĺñóŕšţúýžÁƁÇĐÉĞĤÍĶĹÑÓŔŠŢÚÝŽ'][index] ?? letter,
  ]),
);

function accent(text: string): string {
  return [...text].map((letter) => ACCENTED[letter] ?? letter).join('');
}

function transform(elements: MessageFormatElement[]): number {
  let letters = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      letters += element.value.length;
      element.value = accent(element.value);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) letters += transform(option.value);
    } else if (element.type === TYPE.tag) {
      letters += transform(element.children);
    }
  }
  return letters;
}

/** One message in the pseudo-locale; placeholders, plurals and tags keep their meaning. */
export function pseudoMessage(message: string): string {
  const ast = parse(message);
  const letters = transform(ast);
  const padding = '·'.repeat(Math.ceil(letters * 0.4));
  return `[${printAST(ast)}${padding ? ` ${padding}` : ''}]`;
}

export function pseudoCatalog(catalog: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(catalog).map(([key, message]) => [key, pseudoMessage(message)]),
  );
}
