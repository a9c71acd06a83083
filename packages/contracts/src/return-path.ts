/**
 * Where to go after signing in: the page the member was heading for, if it is a path on this
 * site, else home. `//evil.example/` and `/\evil.example` are read by browsers as other hosts,
 * a full URL may name one, and dot segments can turn an innocent-looking path into one
 * (`/.//evil.example` is normalised to `//evil.example`), so the path is judged as the URL
 * parser leaves it. Shared by the sign-in page and the single sign-on start.
 */
export function sameOriginPath(wanted: unknown, origin: string): string {
  if (typeof wanted !== 'string' || !wanted.startsWith('/')) return '/';
  try {
    const url = new URL(wanted, origin);
    if (url.origin !== origin) return '/';
    const path = `${url.pathname}${url.search}${url.hash}`;
    return path.startsWith('//') || path.startsWith('/\\') ? '/' : path;
  } catch {
    return '/';
  }
}
