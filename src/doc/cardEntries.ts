/**
 * A compact card's entries read in ONE pass, for building its view (views.ts).
 * Reading a card used to walk the card's Y.Map once per collection (votes, links,
 * comments, KPI, measurements) and once more for its `x-…` keys, each time through
 * Yjs's filtered key iterators; on a cold open of a 2,000-card map that was a large
 * part of the first snapshot (bench/README.md, "The big map's cold open"). Here the
 * live entries are copied once into plain Maps, grouped by collection prefix, and the
 * readers get read-only `Fields` over those. Legacy cards (nested Y.Maps) are read as
 * before. The copies live for one readCard call only; writers never see them.
 */
import type { EntityMap, Fields } from './roots';
import { cardPart, isLegacyCard, PART_PREFIX, type CardPartName } from './cardlayout';

/** Read-only `Fields` over a plain Map (a writer reaching it is a bug: it throws). */
class EntryFields implements Fields {
  constructor(private readonly entries: Map<string, unknown>) {}
  get(key: string): unknown {
    return this.entries.get(key);
  }
  has(key: string): boolean {
    return this.entries.has(key);
  }
  set(): never {
    throw new Error('card entries are read-only');
  }
  delete(): never {
    throw new Error('card entries are read-only');
  }
  keys(): Iterable<string> {
    return this.entries.keys();
  }
  forEach(fn: (value: unknown, key: string) => void): void {
    this.entries.forEach((value, key) => fn(value, key));
  }
  get size(): number {
    return this.entries.size;
  }
}

/** One card's fields (its own registers) and its collections, for reading only. */
export interface CardEntries {
  /** the card's own entries (all keys, collections included) */
  readonly fields: Fields;
  part(name: CardPartName): Fields;
}

const NONE = new EntryFields(new Map());
const PREFIXES = Object.entries(PART_PREFIX) as [CardPartName, string][];
/** every prefix is `?:`, so one look at a key's second character skips plain keys */
const COLON_SECOND = PREFIXES.every(([, prefix]) => prefix.length === 2 && prefix[1] === ':');

/** `card`'s entries, read once (compact layout) or through the card itself (legacy). */
export function cardEntries(card: EntityMap): CardEntries {
  if (isLegacyCard(card)) return { fields: card, part: (name) => cardPart(card, name) };
  const own = new Map<string, unknown>();
  const parts = new Map<CardPartName, Map<string, unknown>>();
  card.forEach((value, key) => {
    own.set(key, value);
    if (COLON_SECOND && key[1] !== ':') return;
    for (const [name, prefix] of PREFIXES) {
      if (!key.startsWith(prefix)) continue;
      let entries = parts.get(name);
      if (!entries) parts.set(name, (entries = new Map()));
      entries.set(key.slice(prefix.length), value);
      return;
    }
  });
  return {
    fields: new EntryFields(own),
    part: (name) => {
      const entries = parts.get(name);
      return entries ? new EntryFields(entries) : NONE;
    },
  };
}
