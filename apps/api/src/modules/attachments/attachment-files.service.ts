import { msg } from '@praxis/i18n/message-ref';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { AppError } from '../../app-error.ts';

/**
 * A few kilobytes of PNG can declare a 100,000 × 100,000 image; decoding stops above this many
 * pixels (a 40-megapixel phone photo still fits), so such a file cannot exhaust memory.
 */
const MAX_INPUT_PIXELS = 40_000_000;
const THUMBNAIL_WIDTH = 480;

export interface CheckedFile {
  kind: 'image' | 'pdf';
  mediaType: string;
  content: Buffer;
  thumbnail: Buffer | null;
  width: number | null;
  height: number | null;
  pageCount: number | null;
}

const notAPicture = () => new AppError('invalid', msg('errors.attachments.notAPicture'));
const pdfUnreadable = () => new AppError('invalid', msg('errors.attachments.pdfUnreadable'));
export const notAccepted = () => new AppError('invalid', msg('errors.attachments.notAccepted'));

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

/** What the bytes say they are, whatever the file's name or declared type claims. */
function formatOf(bytes: Uint8Array): 'jpeg' | 'png' | 'webp' | 'pdf' | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf';
  return null;
}

const looksLikeAPicture = (fileName: string, declaredType: string | undefined) =>
  /\.(jpe?g|png|webp|gif|heic|avif)$/i.test(fileName) || declaredType?.startsWith('image/');

/**
 * Checks a file by its content and returns what is stored: a picture decoded and encoded
 * again, upright by its EXIF orientation and with every piece of metadata (location, camera)
 * left behind, with a thumbnail; a PDF as it came, once it parsed.
 */
export async function checkFile(
  bytes: Uint8Array,
  fileName: string,
  declaredType?: string,
): Promise<CheckedFile> {
  const format = formatOf(bytes);
  if (format === 'pdf') return checkPdf(bytes);
  if (format) return reencodePicture(bytes, format);
  throw looksLikeAPicture(fileName, declaredType) ? notAPicture() : notAccepted();
}

async function reencodePicture(
  bytes: Uint8Array,
  format: 'jpeg' | 'png' | 'webp',
): Promise<CheckedFile> {
  let metadata: sharp.Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw notAPicture();
  }
  if (metadata.format !== format) throw notAPicture();
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) {
    throw new AppError(
      'invalid',
      msg('errors.attachments.tooManyPixels', { megapixels: MAX_INPUT_PIXELS / 1_000_000 }),
    );
  }
  // sharp writes no metadata unless asked to (withMetadata/keepExif): none is asked for here.
  const upright = sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).autoOrient();
  const encoded =
    format === 'jpeg'
      ? upright.clone().jpeg({ quality: 85, mozjpeg: true })
      : format === 'png'
        ? upright.clone().png()
        : upright.clone().webp({ quality: 85 });
  try {
    const [content, thumbnail] = await Promise.all([
      encoded.toBuffer({ resolveWithObject: true }),
      upright
        .clone()
        .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
        .webp({ quality: 78 })
        .toBuffer(),
    ]);
    return {
      kind: 'image',
      mediaType: `image/${format}`,
      content: content.data,
      thumbnail,
      width: content.info.width,
      height: content.info.height,
      pageCount: null,
    };
  } catch {
    // A truncated or corrupt file gets this far: it fails only when its pixels are decoded.
    throw notAPicture();
  }
}

async function checkPdf(bytes: Uint8Array): Promise<CheckedFile> {
  let pageCount: number;
  try {
    // Encrypted PDFs are refused: nobody could read them in the browser without the password.
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    pageCount = document.getPageCount();
  } catch {
    throw pdfUnreadable();
  }
  if (pageCount < 1) throw pdfUnreadable();
  return {
    kind: 'pdf',
    mediaType: 'application/pdf',
    content: Buffer.from(bytes),
    thumbnail: null,
    width: null,
    height: null,
    pageCount,
  };
}
