/**
 * A compact card's entries read in ONE pass, for building its view (views.ts).
 * Reading a card used to walk the card's Y.Map once per collection (votes, links,
 * comments, KPI, measurements) and once more for its `x-…` keys, each time through
 * Yjs's filtered key iterators; on a cold open of a 2,000-card map that was a large
 * part of the first snapshot (bench/README.md, "The big map's cold open"). Here the
 * collections' and extensions' live entries are copied in one walk into plain Maps,
 * and the readers get read-only `Fields` over those. Legacy cards (nested Y.Maps) are
 * read as before. The copies live for one readCard call only; writers never see them.
 */
import { isExtensionKey, type EntityMap, type Fields } from './roots';
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
  /** the card's `x-…` entries (read with readExtensions) */
  readonly extensions: Fields;
}

const NONE = new EntryFields(new Map());
const PREFIXES = Object.entries(PART_PREFIX) as [CardPartName, string][];
/** every prefix is `?:`: a key's first two characters name its collection */
const COLON_SECOND = PREFIXES.every(([, prefix]) => prefix.length === 2 && prefix[1] === ':');
const BY_FIRST = new Map(PREFIXES.map(([name, prefix]) => [prefix[0]!, name]));

/** The collection a key of a compact card belongs to, if any. */
function partOf(key: string): CardPartName | undefined {
  if (COLON_SECOND) return key[1] === ':' ? BY_FIRST.get(key[0]!) : undefined;
  return PREFIXES.find(([, prefix]) => key.startsWith(prefix))?.[0];
}

/** `card`'s collections and extensions, read in one pass (compact) or through the card (legacy). */
export function cardEntries(card: EntityMap): CardEntries {
  if (isLegacyCard(card))
    return { fields: card, part: (name) => cardPart(card, name), extensions: card };
  // plain registers are read from the card itself (one Map lookup each); only the
  // collections and extensions, which need a walk over all keys, are gathered here
  let parts: Partial<Record<CardPartName, Map<string, unknown>>> | undefined;
  let extensions: Map<string, unknown> | undefined;
  card.forEach((value, key) => {
    if (isExtensionKey(key)) {
      (extensions ??= new Map()).set(key, value);
      return;
    }
    const name = partOf(key);
    if (name) ((parts ??= {})[name] ??= new Map()).set(key.slice(PART_PREFIX[name].length), value);
  });
  return {
    fields: card,
    part: (name) => {
      const entries = parts?.[name];
      return entries ? new EntryFields(entries) : NONE;
    },
    extensions: extensions ? new EntryFields(extensions) : NONE,
  };
}
