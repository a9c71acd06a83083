import { slugify } from '@praxis/contracts/profiles';

/**
 * An ASCII file name from a title ("Échange d’été" → "echange-d-ete") for a download: header
 * values must be Latin-1, and every browser and operating system takes these.
 */
export function asciiFileName(title: string, fallback: string): string {
  return slugify(title, 60) || fallback;
}
