import sharp, { type Metadata, type OutputInfo } from 'sharp';
import { AppError } from '../../core/errors.ts';

/** Widths of the responsive variants; an image never gets a variant wider than itself. */
export const IMAGE_WIDTHS = [320, 640, 960, 1280, 1920] as const;
export const MAX_VARIANT_WIDTH = 1920;
export const MAX_IMAGE_SIDE = 12_000;
export const MAX_IMAGE_PIXELS = 40_000_000;

export interface EncodedVariant {
  width: number;
  height: number;
  format: 'webp' | 'jpeg';
  data: Buffer;
}

export interface ProcessedImage {
  /** Upright size of the original (after EXIF rotation). */
  width: number;
  height: number;
  variants: EncodedVariant[];
}

function refuse(message: string): AppError {
  return new AppError('VALIDATION', { message, fieldErrors: { file: message } });
}

const UNREADABLE = 'Không đọc được ảnh: tệp bị hỏng hoặc không đúng định dạng.';

/** The variant widths of an image `width` px wide: the standard steps below it, plus its own width up to the largest step. */
export function variantWidths(width: number): number[] {
  const top = Math.min(width, MAX_VARIANT_WIDTH);
  const steps: number[] = IMAGE_WIDTHS.filter((w) => w < top);
  return [...steps, top];
}

// libvips refuses to decode more than this many pixels: the second line of defence against
// decompression bombs after the header check below (a 20000×20000 PNG can weigh 50 KB).
const INPUT = { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'error' } as const;

/**
 * Checks an image's declared size before decoding it, then re-encodes it upright, without
 * metadata (EXIF GPS, camera serials), into WebP and JPEG at each width. Animated GIFs keep their
 * first frame only.
 */
export async function processImage(bytes: Buffer): Promise<ProcessedImage> {
  let meta: Metadata;
  try {
    // Header only, no pixels decoded: safe without the pixel limit, and it lets us name the size.
    meta = await sharp(bytes, { limitInputPixels: false, failOn: 'error' }).metadata();
  } catch {
    throw refuse(UNREADABLE);
  }
  const width = meta.autoOrient?.width ?? meta.width;
  const height = meta.autoOrient?.height ?? meta.pageHeight ?? meta.height;
  if (!width || !height) throw refuse(UNREADABLE);
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw refuse(
      `Ảnh có kích thước ${width}×${height} điểm ảnh, vượt giới hạn ${MAX_IMAGE_SIDE} điểm ảnh mỗi chiều.`,
    );
  }
  if (width * height > MAX_IMAGE_PIXELS) {
    const mp = (width * height) / 1_000_000;
    throw refuse(
      `Ảnh có ${mp.toFixed(1).replace('.', ',')} triệu điểm ảnh, vượt giới hạn ${MAX_IMAGE_PIXELS / 1_000_000} triệu điểm ảnh.`,
    );
  }

  const widths = variantWidths(width);
  const top = widths[widths.length - 1] ?? width;
  // Decode once into an upright sRGB master at the largest width; every variant scales from it.
  let master: { data: Buffer; info: OutputInfo };
  try {
    master = await sharp(bytes, INPUT)
      .autoOrient()
      .resize({ width: top, withoutEnlargement: true })
      .toColourspace('srgb')
      .raw({ depth: 'uchar' })
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw refuse(UNREADABLE);
  }
  const raw = {
    width: master.info.width,
    height: master.info.height,
    channels: master.info.channels as 1 | 2 | 3 | 4,
  };
  const variants: EncodedVariant[] = [];
  for (const w of widths) {
    const scaled = () => sharp(master.data, { raw }).resize({ width: w, withoutEnlargement: true });
    const webp = await scaled().webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
    variants.push({ width: webp.info.width, height: webp.info.height, format: 'webp', data: webp.data });
    const jpeg = await scaled()
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, progressive: true, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    variants.push({ width: jpeg.info.width, height: jpeg.info.height, format: 'jpeg', data: jpeg.data });
  }
  return { width, height, variants };
}
