import { type MessageFormatElement, TYPE } from '@formatjs/icu-messageformat-parser';

// The pseudo-locale: English with every letter accented and every text 40 % longer, so that a
// screen shows at a glance a string left out of the catalogs and a layout that cannot grow.

export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ'].map((letter, index) => [
    letter,
    [...'áƀçđéğĥíķĺñóŕšţúýžÁƁÇĐÉĞĤÍĶĹÑÓŔŠŢÚÝŽ'][index] ?? letter,
  ]),
);

function accent(elements: MessageFormatElement[]): number {
  let letters = 0;
  for (const element of elements) {
    if (element.type === TYPE.literal) {
      letters += element.value.length;
      element.value = [...element.value].map((letter) => ACCENTED[letter] ?? letter).join('');
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) letters += accent(option.value);
    } else if (element.type === TYPE.tag) {
      letters += accent(element.children);
    }
  }
  return letters;
}

/** A parsed message in the pseudo-locale; placeholders, plurals and tags keep their meaning. */
export function pseudoElements(elements: MessageFormatElement[]): MessageFormatElement[] {
  const letters = accent(elements);
  const padding = '·'.repeat(Math.ceil(letters * 0.4));
  return [
    { type: TYPE.literal, value: '[' },
    ...elements,
    { type: TYPE.literal, value: padding ? ` ${padding}]` : ']' },
  ];
}
