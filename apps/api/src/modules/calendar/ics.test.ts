import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { type CalendarEvent, escapeText, foldLine, utcDateTime, writeCalendar } from './ics.ts';

const octets = (line: string) => new TextEncoder().encode(line).length;

const event = (overrides: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: '3f0c1b9e-5d1c-4a3e-9a43-0d5c3f1f2a10@praxis',
  sequence: 2,
  status: 'CONFIRMED',
  startsAt: new Date('2030-03-14T17:00:00.000Z'),
  endsAt: new Date('2030-03-14T20:00:00.000Z'),
  lastModified: new Date('2030-01-02T03:04:05.678Z'),
  summary: 'Spring exchange',
  description: '',
  location: '',
  url: 'https://praxis.example.org/meetups/3f0c1b9e-5d1c-4a3e-9a43-0d5c3f1f2a10',
  ...overrides,
});

const now = new Date('2030-02-01T09:30:00.000Z');

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('writeCalendar', () => {
  it('writes CRLF lines of at most 75 octets that an iCalendar parser reads back', () => {
    const ics = writeCalendar({ name: 'Praxis meetups', events: [event()], now });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);

    const { calendar, events } = parse(ics);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Praxis//Meetups//EN');
    expect(events).toHaveLength(1);
    const [parsed] = events;
    expect(parsed?.uid).toBe('3f0c1b9e-5d1c-4a3e-9a43-0d5c3f1f2a10@praxis');
    expect(parsed?.sequence).toBe(2);
    expect(parsed?.startDate.toJSDate().toISOString()).toBe('2030-03-14T17:00:00.000Z');
    expect(parsed?.endDate.toJSDate().toISOString()).toBe('2030-03-14T20:00:00.000Z');
    expect(parsed?.startDate.zone?.tzid).toBe('UTC');
    expect(parsed?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(parsed?.component.getFirstPropertyValue('dtstamp')?.toString()).toBe(
      '2030-02-01T09:30:00Z',
    );
    expect(parsed?.component.getFirstPropertyValue('url')).toBe(event().url);
  });

  it('round-trips a long title and description with commas, semicolons, backslashes and newlines', () => {
    const summary =
      'Failures, lessons; and what we tried \\ again: a very long title — with “quotes”, émigré accents and 🚀 rockets, to be folded several times over, exactly';
    const description = 'Line one; with a comma, here\nLine two\r\nLine three \\n is not a newline';
    const location = 'Salle 3, Rue de la Paix; Paris · https://meet.example.org/a,b;c';
    const ics = writeCalendar({
      name: 'Praxis; meetups, all',
      events: [event({ summary, description, location })],
      now,
    });
    for (const line of ics.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(ics).toContain('\r\n ');

    const { calendar, events } = parse(ics);
    // The parser takes an X- property's value as is; calendar applications read this one as TEXT.
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Praxis\\; meetups\\, all');
    expect(events[0]?.summary).toBe(summary);
    expect(events[0]?.description).toBe(description.replace('\r\n', '\n'));
    expect(events[0]?.location).toBe(location);
  });

  it('marks a cancelled meetup CANCELLED and leaves out the properties it has no value for', () => {
    const ics = writeCalendar({
      name: 'Praxis meetups',
      events: [event({ status: 'CANCELLED', endsAt: null })],
      now,
    });
    const { events } = parse(ics);
    expect(events[0]?.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(ics).not.toMatch(/^(DTEND|DESCRIPTION|LOCATION)[:;]/m);
  });

  it('writes one VEVENT per event, and a calendar with none when there are none', () => {
    const two = parse(
      writeCalendar({
        name: 'Praxis meetups',
        events: [event(), event({ uid: 'other@praxis' })],
        now,
      }),
    );
    expect(two.events.map((e) => e.uid)).toEqual([event().uid, 'other@praxis']);
    expect(parse(writeCalendar({ name: 'Praxis meetups', events: [], now })).events).toEqual([]);
  });
});

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });

  it('never splits a character’s UTF-8 bytes or a surrogate pair', () => {
    const line = `SUMMARY:${'é🚀'.repeat(40)}`;
    const folded = foldLine(line).split('\r\n');
    for (const part of folded) expect(octets(part)).toBeLessThanOrEqual(75);
    expect(folded.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
    for (const part of folded) expect(part).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('tab\tstays, bell\u0007 goes')).toBe('tab\tstays\\, bell goes');
  });
});

describe('utcDateTime', () => {
  it('writes a UTC DATE-TIME without fractions of a second', () => {
    expect(utcDateTime(new Date('2030-03-14T17:05:09.999Z'))).toBe('20300314T170509Z');
  });
});
