import { describe, expect, it } from 'vitest';
import {
  checkPersonaImage,
  checkPersonaImageFile,
  PERSONA_IMAGE_MAX_BYTES,
  PERSONA_IMAGE_MAX_FILE_BYTES,
  personaImageOf,
} from './personaImage';

/** A data URL whose base64 decodes to `bytes` bytes. */
const dataUrl = (type: string, bytes: number) =>
  `data:${type};base64,${Buffer.alloc(bytes, 7).toString('base64')}`;

describe('persona picture rules', () => {
  it('takes PNG, JPEG and WebP files up to the file limit, nothing else', () => {
    for (const type of ['image/png', 'image/jpeg', 'image/webp'])
      expect(checkPersonaImageFile({ type, size: 1000 })).toBeNull();
    expect(checkPersonaImageFile({ type: 'image/gif', size: 1000 })).toBe('type');
    expect(checkPersonaImageFile({ type: 'image/svg+xml', size: 1000 })).toBe('type');
    expect(checkPersonaImageFile({ type: '', size: 1000 })).toBe('type');
    expect(
      checkPersonaImageFile({ type: 'image/png', size: PERSONA_IMAGE_MAX_FILE_BYTES + 1 }),
    ).toBe('fileSize');
  });

  it('stores base64 data URLs of the three types up to 256 KB', () => {
    expect(checkPersonaImage(dataUrl('image/png', 100))).toBeNull();
    expect(checkPersonaImage(dataUrl('image/webp', PERSONA_IMAGE_MAX_BYTES))).toBeNull();
    expect(checkPersonaImage(dataUrl('image/jpeg', PERSONA_IMAGE_MAX_BYTES + 1))).toBe('size');
    expect(checkPersonaImage(dataUrl('image/gif', 100))).toBe('malformed');
    expect(checkPersonaImage('data:image/png;base64,')).toBe('malformed');
    expect(checkPersonaImage('data:image/png;base64,abc')).toBe('malformed');
    expect(checkPersonaImage('data:image/png,rawbytes')).toBe('malformed');
    expect(checkPersonaImage('https://example.com/p.png')).toBe('malformed');
    expect(checkPersonaImage('javascript:alert(1)')).toBe('malformed');
    expect(checkPersonaImage(42)).toBe('malformed');
  });

  it('shows a valid picture only; initials otherwise', () => {
    const url = dataUrl('image/png', 30);
    expect(personaImageOf({ name: 'Ada', 'x-image': url })).toBe(url);
    expect(personaImageOf({ name: 'Ada' })).toBeNull();
    expect(personaImageOf({ name: 'Ada', 'x-image': 'https://tracker.example/p.png' })).toBeNull();
    expect(personaImageOf(undefined)).toBeNull();
  });
});
