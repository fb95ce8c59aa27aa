import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { exportPngNode } from './node/png';
import { escapeXml, exportSvg } from './svg';

const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe.each(FIXTURES)('SVG and PNG of %s', (name) => {
  const map = fixtureMap(name);
  const svg = exportSvg(map);

  it('is one SVG document with every phase, lane and card word', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    const texts = unxml(
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '),
    );
    for (const p of map.phases) for (const w of p.name.split(/\s+/)) expect(texts).toContain(w);
    for (const l of map.lanes) for (const w of l.name.split(/\s+/)) expect(texts).toContain(w);
    for (const c of map.cards)
      for (const w of c.text.split(/\s+/).filter(Boolean)) expect(texts, c.id).toContain(w);
  });

  it('draws each non-emotion card as a group and the emotion curve as a path', () => {
    const groups = [...svg.matchAll(/data-card-id="([^"]+)"/g)].map((m) => m[1]);
    const emotion = new Set(map.lanes.filter((l) => l.type === 'emotions').map((l) => l.id));
    expect(groups.sort()).toEqual(
      map.cards
        .filter((c) => !emotion.has(c.laneId))
        .map((c) => c.id)
        .sort(),
    );
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+"/);
  });

  it('rasterises to a PNG of the SVG size times the scale', () => {
    const png = exportPngNode(map, { scale: 1 });
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    const width = Number(/width="([\d.]+)"/.exec(svg)![1]);
    expect(view.getUint32(16)).toBe(Math.ceil(width));
  });
});

it('escapes markup in text', () => {
  expect(escapeXml('<b> & "x"\u0001')).toBe('&lt;b&gt; &amp; &quot;x&quot;');
});
