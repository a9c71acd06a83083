import { randomBytes } from 'node:crypto';
import type { AccountMember } from '@praxis/contracts/members';
import {
  AVATAR_NOT_A_PICTURE,
  AVATAR_TOO_LARGE,
  type AvatarSize,
  type AvatarUploadResponse,
  avatarUrls,
  MAX_AVATAR_BYTES,
} from '@praxis/contracts/profiles';
import type { Db } from '@praxis/db/client';
import { msg } from '@praxis/i18n/message-ref';
import sharp from 'sharp';
import { AppError } from '../../app-error.ts';
import { canSeeMember } from '../members/members.service.ts';
import * as repository from './avatars.repository.ts';

/**
 * A few kilobytes of PNG can declare a 100,000 × 100,000 image; decoding stops above this
 * many pixels (a 40-megapixel phone photo still fits), so such a file cannot exhaust memory.
 */
const MAX_INPUT_PIXELS = 40_000_000;
const PIXEL_SIZES: Record<AvatarSize, number> = { large: 256, small: 64 };
const ACCEPTED_FORMATS = new Set<string>(['jpeg', 'png', 'webp']);
const WEBP_QUALITY = 82;

export const notAPicture = () => new AppError('invalid', AVATAR_NOT_A_PICTURE);
export const pictureTooLarge = () => new AppError('payload_too_large', AVATAR_TOO_LARGE);

export function createAvatarService(db: Db) {
  return {
    /** Re-encodes the picture at both sizes and makes it the member's, under a new version. */
    async upload(actor: AccountMember, picture: Uint8Array): Promise<AvatarUploadResponse> {
      if (picture.length > MAX_AVATAR_BYTES) throw pictureTooLarge();
      const images = await renderSquares(picture);
      const version = randomBytes(9).toString('base64url');
      await repository.saveAvatar(db, { memberId: actor.id, version, ...images });
      return { avatar: avatarUrls(actor.id, version) };
    },

    async remove(actor: AccountMember): Promise<void> {
      await repository.deleteAvatar(db, actor.id);
    },

    /** One size of a member's current picture, if the viewer may see that member at all. */
    async image(
      viewer: AccountMember,
      { memberId, version, size }: { memberId: string; version: string; size: AvatarSize },
    ): Promise<Buffer> {
      const found = await repository.findImage(db, memberId, version, size);
      if (!found || !canSeeMember(viewer, found)) {
        throw new AppError('not_found', msg('errors.avatars.pictureGone'));
      }
      return found.image;
    },
  };
}

export type AvatarService = ReturnType<typeof createAvatarService>;

/**
 * The picture as square WebPs, turned upright by its EXIF orientation, cropped around what
 * draws the eye, with every piece of metadata (location, camera) left behind.
 */
async function renderSquares(picture: Uint8Array): Promise<Record<AvatarSize, Buffer>> {
  // Only these decoders ever see the bytes: no SVG, PDF or TIFF parser is reachable.
  if (!hasAcceptedSignature(picture)) throw notAPicture();
  let metadata: sharp.Metadata;
  try {
    // Reads the header only; the pixel limit is checked below with a clearer message.
    metadata = await sharp(picture, { limitInputPixels: false }).metadata();
  } catch {
    throw notAPicture();
  }
  if (!ACCEPTED_FORMATS.has(metadata.format)) throw notAPicture();
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    throw new AppError(
      'invalid',
      msg('errors.avatars.tooManyPixels', { megapixels: MAX_INPUT_PIXELS / 1_000_000 }),
    );
  }
  const upright = sharp(picture, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient();
  const square = (pixels: number) =>
    upright
      .clone()
      .resize(pixels, pixels, { fit: 'cover', position: 'attention' })
      .webp({ quality: WEBP_QUALITY })
      .toBuffer();
  try {
    const [large, small] = await Promise.all([
      square(PIXEL_SIZES.large),
      square(PIXEL_SIZES.small),
    ]);
    return { large, small };
  } catch {
    // A truncated or corrupt file gets this far: it fails only when its pixels are decoded.
    throw notAPicture();
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
