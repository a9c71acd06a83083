import { describe, expect, it } from 'vitest';
import { parseAuthenticationResults, vouchedFor } from './mail-authentication.ts';

const FROM = 'selma@agency.ba';
const TRUSTED = 'mx.praxis.test';

/** Header lines as mailparser gives them, topmost first, with one From line after them. */
const headers = (...results: string[]) => [
  ...results.map((value) => ({
    key: 'authentication-results',
    line: `Authentication-Results: ${value}`,
  })),
  { key: 'from', line: `From: Selma <${FROM}>` },
];

describe('parseAuthenticationResults', () => {
  it('never splits a quoted string, where the sender writes what they like', () => {
    expect(
      parseAuthenticationResults(
        `mx.praxis.test; spf=pass smtp.mailfrom="a;dkim=pass header.d=agency.ba;"@evil.test (note; "x) ; dkim=none`,
      ).results,
    ).toEqual([
      { method: 'spf', result: 'pass', domain: 'evil.test' },
      { method: 'dkim', result: 'none', domain: null },
    ]);
  });

  it('reads the server, each check and the domain it vouches for, without comments', () => {
    expect(
      parseAuthenticationResults(
        ' MX.Praxis.test 1; spf=pass (sender IP is 192.0.2.1) smtp.mailfrom=bounce@Agency.ba;\r\n\tdkim=fail (bad signature) header.d=agency.ba; dmarc=pass header.from=agency.ba; arc=none',
      ),
    ).toEqual({
      authservId: 'mx.praxis.test',
      results: [
        { method: 'spf', result: 'pass', domain: 'agency.ba' },
        { method: 'dkim', result: 'fail', domain: 'agency.ba' },
        { method: 'dmarc', result: 'pass', domain: 'agency.ba' },
        { method: 'arc', result: 'none', domain: null },
      ],
    });
  });
});

describe('vouchedFor without INBOUND_AUTHSERV_ID', () => {
  it.each([
    ['no header at all', headers(), true],
    ['an SPF softfail', headers('mx.any; spf=softfail smtp.mailfrom=agency.ba; dkim=none'), true],
    ['an SPF failure', headers('mx.any; spf=fail smtp.mailfrom=agency.ba'), false],
    ['a DKIM failure in any header', headers('a; spf=pass', 'b; dkim=fail header.d=x.ba'), false],
    ['a DMARC failure', headers('mx.any; dmarc=fail header.from=agency.ba'), false],
  ])('with %s says %s', (_case, lines, expected) => {
    expect(vouchedFor(lines, FROM, null)).toBe(expected);
  });
});

describe('vouchedFor with INBOUND_AUTHSERV_ID', () => {
  it.each([
    ['a DKIM pass for the From domain', headers(`${TRUSTED}; dkim=pass header.d=agency.ba`)],
    ['an SPF pass for a subdomain', headers(`${TRUSTED}; spf=pass smtp.mailfrom=b@mail.agency.ba`)],
    ['a DMARC pass', headers(`${TRUSTED}; dmarc=pass header.from=agency.ba`)],
    [
      'the server’s verdict above other filters’ lines and its own Received line',
      [
        { key: 'x-spam-status', line: 'X-Spam-Status: No' },
        { key: 'authentication-results', line: `Authentication-Results: ${TRUSTED}; spf=none` },
        { key: 'dkim-filter', line: 'DKIM-Filter: OpenDKIM Filter v2.11.0' },
        {
          key: 'authentication-results',
          line: `Authentication-Results: ${TRUSTED}; dkim=pass header.d=agency.ba`,
        },
        { key: 'received', line: 'Received: from mx.agency.ba by mx.praxis.test' },
        { key: 'from', line: `From: ${FROM}` },
      ],
    ],
    [
      'passes split over the server’s topmost headers',
      headers(`${TRUSTED}; dmarc=pass header.from=agency.ba`, `${TRUSTED}; spf=none`),
    ],
  ])('vouches for %s', (_case, lines) => {
    expect(vouchedFor(lines, FROM, TRUSTED)).toBe(true);
  });

  it.each([
    [
      'no header from the trusted server',
      headers('mx.elsewhere.test; dkim=pass header.d=agency.ba'),
    ],
    ['no header at all', headers()],
    ['no pass', headers(`${TRUSTED}; spf=none; dkim=none; dmarc=none`)],
    ['a pass and a failure', headers(`${TRUSTED}; dkim=pass header.d=agency.ba; dmarc=fail`)],
    [
      'an SPF pass for the sender’s own domain',
      headers(`${TRUSTED}; spf=pass smtp.mailfrom=evil.test`),
    ],
    ['a DKIM pass for a top-level domain', headers(`${TRUSTED}; dkim=pass header.d=ba`)],
    ['an SPF pass that names no domain', headers(`${TRUSTED}; spf=pass`)],
    ['a DMARC pass that names no domain', headers(`${TRUSTED}; dmarc=pass`)],
    [
      'a pass smuggled in a quoted local part',
      headers(
        `${TRUSTED}; spf=pass smtp.mailfrom="a;dkim=pass header.d=agency.ba;"@evil.test; dmarc=none header.from=agency.ba`,
      ),
    ],
    [
      'a forged pass below the trusted server’s own result',
      [
        { key: 'authentication-results', line: `Authentication-Results: ${TRUSTED}; spf=none` },
        { key: 'received', line: 'Received: from mx.evil.test by mx.praxis.test' },
        {
          key: 'authentication-results',
          line: `Authentication-Results: ${TRUSTED}; dkim=pass header.d=agency.ba`,
        },
        { key: 'from', line: `From: ${FROM}` },
      ],
    ],
    [
      'two From lines',
      [...headers(`${TRUSTED}; dmarc=pass`), { key: 'from', line: 'From: x@evil.test' }],
    ],
  ])('does not vouch with %s', (_case, lines) => {
    expect(vouchedFor(lines, FROM, TRUSTED)).toBe(false);
  });
});
