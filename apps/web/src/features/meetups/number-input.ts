// Number inputs hold text. An empty required box goes to the API as null (JSON has no NaN),
// so the API answers with what is missing instead of the form guessing 0.

export const numberFrom = (text: string): number =>
  text.trim() === '' ? Number.NaN : Number(text);

/** An optional number, such as a capacity: empty means none. */
export const optionalNumberFrom = (text: string): number | null =>
  text.trim() === '' ? null : Number(text);
