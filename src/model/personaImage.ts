/**
 * The persona's picture (issue 16 item 1). Format v1 has no image field for a
 * persona, so the picture lives in the extension `x-image` (kept on import and
 * written back on export, so the round trip stays lossless): a `data:` URL of a
 * PNG, JPEG or WebP image, at most 256 px on its longer side and PERSONA_IMAGE_MAX_BYTES
 * once encoded. Pure rules here; the browser downscales (ui/board/personaPicture.ts).
 */
import type { Persona } from './types';

/** The persona's extension field holding the picture. */
export const PERSONA_IMAGE_KEY = 'x-image';
/** The picture's longer side after downscaling, in pixels. */
export const PERSONA_IMAGE_SIDE = 256;
/** The stored picture's largest size (its decoded bytes). */
export const PERSONA_IMAGE_MAX_BYTES = 256 * 1024;
/** The largest file a user may pick (it is downscaled before it is stored). */
export const PERSONA_IMAGE_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** The image types a user may pick and the map may hold. */
export const PERSONA_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;

/** Why a picked file or a stored picture is refused. */
export type PersonaImageProblem = 'type' | 'fileSize' | 'size' | 'malformed';

/** Checks a picked file before it is read: its type and size. */
export function checkPersonaImageFile(file: {
  readonly type: string;
  readonly size: number;
}): PersonaImageProblem | null {
  if (!(PERSONA_IMAGE_TYPES as readonly string[]).includes(file.type)) return 'type';
  if (file.size > PERSONA_IMAGE_MAX_FILE_BYTES) return 'fileSize';
  return null;
}

const DATA_URL = /^data:(image\/(?:png|jpeg|webp));base64,([A-Za-z0-9+/]*={0,2})$/;

/** The decoded size of a base64 text. */
function base64Bytes(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** Checks a picture before it is stored: a base64 data URL of an allowed type and size. */
export function checkPersonaImage(value: unknown): PersonaImageProblem | null {
  if (typeof value !== 'string') return 'malformed';
  const match = DATA_URL.exec(value);
  if (!match || match[2]!.length === 0 || match[2]!.length % 4 !== 0) return 'malformed';
  if (base64Bytes(match[2]!) > PERSONA_IMAGE_MAX_BYTES) return 'size';
  return null;
}

/** The persona's picture to show, or null (none, or a value that is no valid picture). */
export function personaImageOf(persona: Persona | undefined): string | null {
  const value = persona?.[PERSONA_IMAGE_KEY];
  return checkPersonaImage(value) === null ? (value as string) : null;
}
