import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeCompressedCopies } from './compressPlugin';

describe('compressed copies of the build', () => {
  it('stores a Brotli and a gzip copy of each text file that decode to the file itself', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jb-compress-'));
    const script = Buffer.from(
      Array.from({ length: 400 }, (_, i) => `export const card${i} = "Karte ${i}";`).join('\n'),
    );
    writeFileSync(join(dir, 'app.js'), script);
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${'<p>Übersicht</p>'.repeat(200)}`);
    writeFileSync(join(dir, 'tiny.css'), 'a{color:red}');
    writeFileSync(join(dir, 'app.js.map'), '{"mappings":"' + 'AAAA;'.repeat(500) + '"}');
    writeFileSync(join(dir, 'photo.png'), Buffer.alloc(4096, 7));

    const count = await writeCompressedCopies(dir, [
      'app.js',
      'index.html',
      'tiny.css',
      'app.js.map',
      'photo.png',
    ]);

    expect(count).toBe(2);
    for (const name of ['app.js', 'index.html']) {
      const raw = readFileSync(join(dir, name));
      const br = readFileSync(join(dir, `${name}.br`));
      const gz = readFileSync(join(dir, `${name}.gz`));
      expect(br.length).toBeLessThan(raw.length);
      expect(brotliDecompressSync(br).equals(raw)).toBe(true);
      expect(gunzipSync(gz).equals(raw)).toBe(true);
    }
    // too small to gain, only developers fetch source maps, images are compressed already
    for (const name of ['tiny.css', 'app.js.map', 'photo.png']) {
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
      expect(existsSync(join(dir, `${name}.gz`)), name).toBe(false);
    }
  });
});
