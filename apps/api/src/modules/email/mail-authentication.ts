/** One method's verdict in an Authentication-Results header: `spf=pass smtp.mailfrom=agency.ba`. */
export interface AuthenticationResult {
  method: string;
  result: string;
  /** The domain the verdict is for (`smtp.mailfrom`, `header.d`, `header.from`), when given. */
  domain: string | null;
}

/** The checks that say whether the From line is true. */
const CHECKS = ['spf', 'dkim', 'dmarc'];

/** Which property names the domain each check vouches for. */
const DOMAIN_PROPERTY: Record<string, string[]> = {
  spf: ['smtp.mailfrom'],
  dkim: ['header.d', 'header.i'],
  dmarc: ['header.from'],
};

/**
 * The header value with comments dropped and each quoted string (where a sender may write `;`,
 * `=` or `@`, as in `smtp.mailfrom="a;dkim=pass"@evil.test`) made one opaque word, so that only
 * the server's own separators split it.
 */
function unquoted(value: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let at = 0; at < value.length; at += 1) {
    const char = value[at] ?? '';
    if (char === '\\') {
      at += 1;
      if (depth === 0) out += quoted ? 'x' : (value[at] ?? '');
    } else if (quoted) {
      if (char === '"') quoted = false;
      else out += /[\w.-]/.test(char) ? char : 'x';
    } else if (char === '(') depth += 1;
    else if (char === ')' && depth > 0) {
      depth -= 1;
      if (depth === 0) out += ' ';
    } else if (depth === 0) {
      if (char === '"') quoted = true;
      else out += char;
    }
  }
  return out;
}

/**
 * One Authentication-Results header value (RFC 8601): the authserv-id of the server that wrote
 * it, lower-cased, and its verdicts. Comments are dropped; quoted strings are never split.
 */
export function parseAuthenticationResults(value: string) {
  const text = unquoted(value.replace(/\r?\n[ \t]+/g, ' '));
  const [head = '', ...parts] = text.split(';');
  const authservId = head.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const results: AuthenticationResult[] = [];
  for (const part of parts) {
    const [verdict, ...properties] = part.trim().split(/\s+/);
    const match = /^([a-z0-9_-]+)(?:\/\d+)?=([a-z]+)$/i.exec(verdict ?? '');
    if (!match?.[1] || !match[2]) continue;
    const method = match[1].toLowerCase();
    const named = new Map(
      properties.map((property) => {
        const at = property.indexOf('=');
        return [property.slice(0, at).toLowerCase(), property.slice(at + 1)];
      }),
    );
    const raw = (DOMAIN_PROPERTY[method] ?? []).map((name) => named.get(name)).find(Boolean);
    const domain = raw ? raw.slice(raw.lastIndexOf('@') + 1).toLowerCase() : '';
    results.push({
      method,
      result: match[2].toLowerCase(),
      domain: /^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain) ? domain : null,
    });
  }
  return { authservId, results };
}

/**
 * Whether `domain`, which a check vouched for, stands for the From line's domain: the same, or
 * one a subdomain of the other (DMARC's relaxed alignment, without the public-suffix list; a
 * bare top-level domain never counts). A pass for the sender's own domain says nothing of a
 * From line naming someone else's.
 */
function aligned(domain: string, fromDomain: string): boolean {
  if (!domain.includes('.')) return false;
  return (
    domain === fromDomain || fromDomain.endsWith(`.${domain}`) || domain.endsWith(`.${fromDomain}`)
  );
}

/**
 * Whether the receiving mail servers vouch for the From line of a mail, from its
 * Authentication-Results headers (`headerLines` in the order they arrived, topmost first).
 *
 * With `authservId` (the organisation's mail server): only that server's headers count, and only
 * those above the first `Received` line — it adds its verdicts at the top, above the trace of
 * its own receiving, so whatever the sender wrote sits below that line and is not read. They
 * must hold a pass of SPF, DKIM or DMARC for the From line's domain and no failure; no such
 * header, no pass.
 *
 * Without it, nothing can be trusted: any header saying SPF, DKIM or DMARC failed refuses the
 * mail, and otherwise only the From line stands (so the listener must sit behind a server that
 * checks). A softfail (SPF `~all`, common with forwarding) is never a failure. A mail with more
 * than one From line is never vouched for: which one a server checked is anybody's guess.
 */
export function vouchedFor(
  headerLines: readonly { key: string; line: string }[],
  from: string,
  authservId: string | null,
): boolean {
  const headers = headerLines.map(({ key, line }) => ({
    key,
    parsed:
      key === 'authentication-results'
        ? parseAuthenticationResults(line.slice(line.indexOf(':') + 1))
        : null,
  }));
  if (headerLines.filter(({ key }) => key === 'from').length !== 1) return false;
  const failed = (results: AuthenticationResult[]) =>
    results.some(({ method, result }) => CHECKS.includes(method) && result === 'fail');
  if (authservId === null) return !headers.some(({ parsed }) => parsed && failed(parsed.results));

  const trusted: AuthenticationResult[] = [];
  for (const { key, parsed } of headers) {
    if (key === 'received') break;
    if (parsed?.authservId === authservId) trusted.push(...parsed.results);
  }
  const fromDomain = from.slice(from.lastIndexOf('@') + 1).toLowerCase();
  const passed = trusted.some(
    ({ method, result, domain }) =>
      CHECKS.includes(method) &&
      result === 'pass' &&
      domain !== null &&
      aligned(domain, fromDomain),
  );
  return passed && !failed(trusted);
}
