import { randomBytes } from 'node:crypto';
import { LOGO_NOT_A_PICTURE, LOGO_TOO_LARGE, MAX_LOGO_BYTES } from '@praxis/contracts/settings';
import sharp from 'sharp';
import { AppError } from '../../app-error.ts';

/** A few kilobytes of PNG can declare a huge image; decoding stops above this many pixels. */
const MAX_INPUT_PIXELS = 40_000_000;
/** The header shows it at 32 pixels high; twice that and more for sharp screens and the tab. */
const LOGO_PIXELS = 256;
const ACCEPTED_FORMATS = new Set<string>(['jpeg', 'png', 'webp']);

export const notALogo = () => new AppError('invalid', LOGO_NOT_A_PICTURE);
export const logoTooLarge = () => new AppError('payload_too_large', LOGO_TOO_LARGE);

export const newLogoVersion = () => randomBytes(9).toString('base64url');

/**
 * The logo as a WebP of at most 256 × 256 pixels, its proportions kept and its transparency too,
 * turned upright, without its metadata. Only JPEG, PNG and WebP decoders ever see the bytes: no
 * SVG (which could carry script) is taken.
 */
export async function renderLogo(picture: Uint8Array): Promise<Buffer> {
  if (picture.length > MAX_LOGO_BYTES) throw logoTooLarge();
  if (!hasAcceptedSignature(picture)) throw notALogo();
  try {
    const metadata = await sharp(picture, { limitInputPixels: false }).metadata();
    if (
      !ACCEPTED_FORMATS.has(metadata.format) ||
      metadata.width * metadata.height > MAX_INPUT_PIXELS
    ) {
      throw notALogo();
    }
    return await sharp(picture, { limitInputPixels: MAX_INPUT_PIXELS })
      .autoOrient()
      .resize(LOGO_PIXELS, LOGO_PIXELS, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 90 })
      .toBuffer();
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A truncated or corrupt file fails only when its pixels are decoded.
    throw notALogo();
  }
}

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

function hasAcceptedSignature(bytes: Uint8Array): boolean {
  const jpeg = startsWith(bytes, [0xff, 0xd8, 0xff]);
  const png = startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const webp =
    startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8);
  return jpeg || png || webp;
}
