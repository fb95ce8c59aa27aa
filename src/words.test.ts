// The German words of every message catalog (src/**/*messages.ts): "Map" for a map,
// "Karte" for a card, "Bahn" for a lane; and counted nouns always go through a plural
// form (`{count, plural, one {…} other {…}}`), in both languages.
import { describe, expect, it } from 'vitest';

type Catalogs = { en: Record<string, string>; de: Record<string, string> };
const modules = import.meta.glob<Record<string, unknown>>('./**/*{messages,Messages}.ts', {
  eager: true,
});

const catalogs: [string, Catalogs][] = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    const v = value as Partial<Catalogs> | null;
    if (v && typeof v === 'object' && v.en && v.de)
      catalogs.push([`${file}#${name}`, v as Catalogs]);
  }
}
const entries = catalogs.flatMap(([where, c]) =>
  Object.keys(c.en).map((key) => ({ where: `${where}.${key}`, en: c.en[key]!, de: c.de[key]! })),
);

const COUNTED =
  /\{(count|n|total|left)\} (cards?|maps?|dots?|votes?|comments?|lanes?|phases?|problems?|files?|actions?|changes?|rows?|characters?|Karten?|Maps?|Punkte?n?|Stimmen?|Kommentare?|Bahnen?|Phasen?|Dateien|Datei|Maßnahmen?|Änderungen?|Zeilen?)\b/;

describe('German words in the message catalogs', () => {
  it('reads every catalog', () => {
    expect(catalogs.length).toBeGreaterThan(20);
    expect(entries.length).toBeGreaterThan(500);
  });

  it('calls a lane "Bahn", never "Zeile" (a table row may be one)', () => {
    const bad = entries.filter((e) => /Zeile|Spur\b/.test(e.de) && !/\brows?\b/i.test(e.en));
    expect(bad).toEqual([]);
  });

  it('calls a map "Map" and a card "Karte"', () => {
    const mapAsKarte = entries.filter(
      (e) => /\bmaps?\b/i.test(e.en) && !/card/i.test(e.en) && /Karte/.test(e.de),
    );
    const cardAsMap = entries.filter(
      (e) => /card/i.test(e.en) && !/\bmaps?\b/i.test(e.en) && /\bMaps?\b/.test(e.de),
    );
    const mixed = entries.filter((e) => /Kartendetails|Landkarte/.test(e.de));
    expect({ mapAsKarte, cardAsMap, mixed }).toEqual({ mapAsKarte: [], cardAsMap: [], mixed: [] });
  });

  it('counts nouns with a plural form in both languages', () => {
    const bad = entries.filter(
      (e) => COUNTED.test(e.en) || COUNTED.test(e.de) || /\(s\)/.test(e.en),
    );
    expect(bad).toEqual([]);
  });
});
