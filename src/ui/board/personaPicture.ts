/**
 * Turns a picked image file into the persona's picture (model/personaImage.ts):
 * checked, decoded, drawn onto a canvas at most 256 px on its longer side and
 * encoded (WebP, else JPEG at falling quality) until it fits the size limit.
 */
import {
  checkPersonaImage,
  checkPersonaImageFile,
  PERSONA_IMAGE_SIDE,
  type PersonaImageProblem,
} from '../../model/personaImage';

export type PictureProblem = PersonaImageProblem | 'unreadable';

export class PictureError extends Error {
  constructor(readonly problem: PictureProblem) {
    super(`persona picture: ${problem}`);
    this.name = 'PictureError';
  }
}

const ENCODINGS: readonly [string, number][] = [
  ['image/webp', 0.85],
  ['image/jpeg', 0.82],
  ['image/jpeg', 0.6],
];

/** The picture as a data URL the map may hold; throws PictureError. */
export async function pictureFromFile(file: File): Promise<string> {
  const problem = checkPersonaImageFile(file);
  if (problem) throw new PictureError(problem);
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PictureError('unreadable');
  }
  const scale = Math.min(1, PERSONA_IMAGE_SIDE / Math.max(bitmap.width, bitmap.height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(bitmap.width * scale));
  canvas.height = Math.max(1, Math.round(bitmap.height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new PictureError('unreadable');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  bitmap.close();
  for (const [type, quality] of ENCODINGS) {
    // a browser without a WebP encoder gives PNG, which the rules take as well
    const url = canvas.toDataURL(type, quality);
    if (checkPersonaImage(url) === null) return url;
  }
  throw new PictureError('size');
}
