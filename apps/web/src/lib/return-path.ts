/**
 * Where to go after signing in: the page the member was heading for, if it is a path on this
 * site, else home. `//evil.example/` and `/\evil.example` are read by browsers as other hosts,
 * and a full URL may name one, so only a path that stays on this origin is kept.
 */
export function sameOriginPath(wanted: unknown, origin = window.location.origin): string {
  if (typeof wanted !== 'string' || !wanted.startsWith('/')) return '/';
  if (wanted.startsWith('//') || wanted.startsWith('/\\')) return '/';
  try {
    const url = new URL(wanted, origin);
    if (url.origin !== origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
