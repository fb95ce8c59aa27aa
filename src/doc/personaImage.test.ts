import { describe, expect, it } from 'vitest';
import { exportMap, setPersonaImage, updatePersona } from './index';
import { smallDoc } from './testing/docs';
import { parseMapFile } from '../model/parseMapFile';

const PICTURE = `data:image/png;base64,${Buffer.alloc(64, 1).toString('base64')}`;

describe('setPersonaImage', () => {
  it('stores the picture in the persona (x-image), exports it and removes it', () => {
    const doc = smallDoc();
    updatePersona(doc, { name: 'Ada Lovelace' });
    setPersonaImage(doc, PICTURE);
    const map = exportMap(doc);
    expect(map.persona).toMatchObject({ name: 'Ada Lovelace', 'x-image': PICTURE });
    // the file round trip keeps it
    const parsed = parseMapFile(JSON.stringify(map));
    expect(parsed.ok && parsed.map.persona?.['x-image']).toBe(PICTURE);
    setPersonaImage(doc, null);
    expect(exportMap(doc).persona).toEqual({ name: 'Ada Lovelace' });
  });

  it('refuses a value that is no valid picture, and a picture without a persona', () => {
    const doc = smallDoc();
    updatePersona(doc, { name: 'Ada' });
    const before = exportMap(doc);
    expect(() => setPersonaImage(doc, 'https://tracker.example/p.png')).toThrow(/picture/);
    expect(() => setPersonaImage(doc, 'data:image/gif;base64,AAAA')).toThrow(/picture/);
    expect(exportMap(doc)).toEqual(before);
    const empty = smallDoc();
    updatePersona(empty, null);
    expect(() => setPersonaImage(empty, PICTURE)).toThrow();
    expect(exportMap(empty).persona).toBeUndefined();
  });
});
