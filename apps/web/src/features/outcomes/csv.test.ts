import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(
      toCsv(
        ['Meetup', 'Invited'],
        [
          ['Spring, "inter-Transfo"', 9],
          ['=HYPERLINK("x")', null],
        ],
      ),
    ).toBe('\ufeffMeetup,Invited\r\n"Spring, ""inter-Transfo""",9\r\n"\'=HYPERLINK(""x"")",\r\n');
  });
});
