import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureMap } from './fixtures.testkit';
import { exportPngNode } from './node/png';
import { PNG_LIMITS, pngFit, svgSize } from './pngSize';
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

  it("carries the map's header: persona, goals, prior knowledge, scenario, CX goal, owner, tags", () => {
    const texts = unxml(
      [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' '),
    ).replace(/\s+/g, ' ');
    const words = (s: string) => s.split(/\s+/).filter(Boolean);
    const fields = [
      map.persona?.name,
      map.persona?.description,
      ...(map.persona?.goals ?? []),
      map.persona?.priorKnowledge,
      map.scenario,
      map.description,
      map.cxGoal,
      map.owner,
      ...(map.tags ?? []),
    ].filter((v): v is string => !!v);
    expect(fields.length).toBeGreaterThan(2);
    for (const field of fields) for (const w of words(field)) expect(texts, field).toContain(w);
  });

  it('draws every card as a group, emotion cards too, and the emotion curve as a path', () => {
    const groups = [...svg.matchAll(/data-card-id="([^"]+)"/g)].map((m) => m[1]);
    expect(groups.sort()).toEqual(map.cards.map((c) => c.id).sort());
    expect(svg).toMatch(/<path d="M[\d.]+ [\d.]+( L[\d.]+ [\d.]+)+"/);
  });

  it('rasterises to a PNG of the SVG size times the scale', () => {
    const { png, width: w, height: h, capped } = exportPngNode(map, { scale: 1 });
    expect([...png.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(png.buffer, png.byteOffset);
    const { width, height } = svgSize(svg);
    expect(view.getUint32(16)).toBe(Math.round(width));
    expect(view.getUint32(20)).toBe(Math.round(height));
    expect([w, h, capped]).toEqual([Math.round(width), Math.round(height), false]);
  });
});

describe('PNG size cap', () => {
  it('keeps a board that fits at the asked scale', () => {
    expect(pngFit(1000, 800, 2)).toEqual({ scale: 2, width: 2000, height: 1600, capped: false });
  });

  it('scales a board down to 16,000 px a side and 200 Mpx, never above', () => {
    const wide = pngFit(20_000, 1_000, 2);
    expect(wide.capped).toBe(true);
    expect(wide.width).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    const big = pngFit(9_000, 9_000, 2);
    expect(big.capped).toBe(true);
    expect(big.width * big.height).toBeLessThanOrEqual(PNG_LIMITS.maxPixels * 1.001);
    expect(big.width).toBeLessThan(18_000);
  });

  it('renders a capped PNG at the capped size', () => {
    const map = fixtureMap('saas-onboarding');
    const { width } = svgSize(exportSvg(map));
    // a scale that would overrun 16,000 px a side
    const wanted = (PNG_LIMITS.maxSide / width) * 1.5;
    const result = exportPngNode(map, { scale: wanted });
    expect(result.capped).toBe(true);
    expect(result.width).toBeLessThanOrEqual(PNG_LIMITS.maxSide);
    expect(new DataView(result.png.buffer, result.png.byteOffset).getUint32(16)).toBe(result.width);
  }, 60_000);
});

it('wraps a long title instead of running it off the image', () => {
  const base = fixtureMap('saas-onboarding');
  const title = Array.from({ length: 30 }, (_, i) => `Titelwort${i}`).join(' ');
  const svg = exportSvg({ ...base, title });
  const lines = [...svg.matchAll(/<text x="4"[^>]*font-size="16"[^>]*>([^<]*)<\/text>/g)].map(
    (m) => m[1],
  );
  expect(lines.length).toBeGreaterThan(1);
  expect(lines.join(' ')).toBe(title);
});

it('escapes markup in text', () => {
  expect(escapeXml('<b> & "x"\u0001')).toBe('&lt;b&gt; &amp; &quot;x&quot;');
});
