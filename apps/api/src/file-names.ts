/**
 * An ASCII file name from a title ("Échange d’été" → "echange-d-ete") for a download: header
 * values must be Latin-1, and every browser and operating system takes these.
 */
export function asciiFileName(title: string, fallback: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
