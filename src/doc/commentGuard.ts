/**
 * What a `comment` share link may change: comments and dot votes, nothing else.
 * The relay calls `commentUpdateProblem` on every update of a commenter BEFORE it is
 * applied; only this module knows which parts of the Y.Doc layout (roots.ts,
 * cardlayout.ts, workshop/keys.ts) those are.
 *
 * An update is decoded (no document is changed): every inserted item's place — the
 * path of keys from its root type to the entry it writes — and every item it deletes
 * must lie in a part a commenter may touch (`commenterMayTouch`). Places are resolved
 * through the item's parent, or, when the update leaves the parent out (Yjs does when
 * the item has an origin), through its origin, looked up in the document or in the
 * update itself. An update that needs content the document lacks (it would wait as
 * pending) is refused too: it could not be checked.
 */
import * as Y from 'yjs';
import { PART_PREFIX } from './cardlayout';
import { ROOT } from './roots';
import { WORKSHOP_KEYS } from './workshop/keys';

/** Key under which list / text content (no map key) appears in a path. */
const LIST = '';

/**
 * Whether a commenter may write at `path`: the root's name, then the keys down to the
 * written entry (`LIST` for list or text content).
 */
export function commenterMayTouch(path: readonly string[]): boolean {
  const [root, a, b, c] = path;
  if (root === ROOT.stamp) return path.length === 2 && a === 'updatedAt';
  if (root === ROOT.workshop)
    return path.length === 2 && !!a && a.startsWith(WORKSHOP_KEYS.ballotPrefix);
  if (root !== ROOT.cards || !a || b === undefined) return false;
  // compact card: `v:<voter>` registers; `c:<id>` comment maps and anything inside them
  if (b.startsWith(PART_PREFIX.votes)) return path.length === 3;
  if (b.startsWith(PART_PREFIX.comments)) return true;
  // legacy card: nested `votes` / `comments` maps
  if (b === 'votes') return path.length === 4;
  if (b === 'comments') return c !== undefined && c !== LIST;
  return false;
}

type Place = readonly string[];

/** The path of a shared type: its root's name, then the keys down to it. */
function typePlace(doc: Y.Doc, type: Y.AbstractType<unknown>): Place | null {
  const item = type._item;
  if (!item) {
    for (const [name, root] of doc.share) if (root === type) return [name];
    return null;
  }
  return itemPlace(doc, item);
}

/** Where an integrated item sits: its parent's path plus its key. */
function itemPlace(doc: Y.Doc, item: Y.Item): Place | null {
  if (!(item.parent instanceof Y.AbstractType)) return null;
  const parent = typePlace(doc, item.parent as Y.AbstractType<unknown>);
  return parent && [...parent, item.parentSub ?? LIST];
}

class Resolver {
  private readonly fresh = new Map<number, Y.Item[]>();
  private readonly memo = new Map<Y.Item, Place | null>();

  constructor(
    private readonly doc: Y.Doc,
    items: readonly Y.Item[],
  ) {
    for (const item of items) {
      const list = this.fresh.get(item.id.client) ?? [];
      list.push(item);
      this.fresh.set(item.id.client, list);
    }
  }

  /** The place of the item holding `id`, in the document or in the update. */
  placeOf(id: Y.ID, depth: number): Place | null {
    const { client, clock } = id;
    if (Y.getState(this.doc.store, client) > clock) {
      const struct = Y.getItem(this.doc.store, id);
      return struct instanceof Y.Item ? itemPlace(this.doc, struct) : null;
    }
    const item = this.fresh
      .get(client)
      ?.find((i) => i.id.clock <= clock && clock < i.id.clock + i.length);
    return item ? this.freshPlace(item, depth + 1) : null;
  }

  /** The place of an item of the update (its parent may be named, an item, or implied). */
  freshPlace(item: Y.Item, depth = 0): Place | null {
    if (this.memo.has(item)) return this.memo.get(item) ?? null;
    if (depth > 64) return null;
    this.memo.set(item, null); // a cycle resolves to "unknown"
    let place: Place | null = null;
    const parent = item.parent as unknown;
    if (typeof parent === 'string') place = [parent, item.parentSub ?? LIST];
    else if (parent instanceof Y.ID) {
      const above = this.placeOf(parent, depth);
      place = above && [...above, item.parentSub ?? LIST];
    } else {
      const near = item.origin ?? item.rightOrigin;
      place = near ? this.placeOf(near, depth) : null;
    }
    this.memo.set(item, place);
    return place;
  }
}

/**
 * Why a commenter's update may not be applied (a short English reason for the log and
 * the close frame), or null when it touches only comments and votes.
 */
export function commentUpdateProblem(doc: Y.Doc, update: Uint8Array): string | null {
  let decoded: ReturnType<typeof Y.decodeUpdate>;
  try {
    decoded = Y.decodeUpdate(update);
  } catch {
    return 'update does not decode';
  }
  const items = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const resolver = new Resolver(doc, items);
  // each client's structs must follow on from what the document has, without gaps
  const first = new Map<number, number>();
  for (const s of decoded.structs) {
    if (s instanceof Y.Skip) return 'update depends on changes the relay does not have';
    const at = first.get(s.id.client);
    if (at === undefined || s.id.clock < at) first.set(s.id.client, s.id.clock);
  }
  for (const [client, clock] of first)
    if (Y.getState(doc.store, client) < clock)
      return 'update depends on changes the relay does not have';
  for (const item of items) {
    const place = resolver.freshPlace(item);
    if (!place) return 'update writes where the relay cannot place it';
    if (!commenterMayTouch(place)) return `a comment link may not change ${describe(place)}`;
  }
  for (const [client, ranges] of decoded.ds.clients) {
    for (const { clock, len } of ranges) {
      for (let at = clock; at < clock + len;) {
        const id = Y.createID(client, at);
        if (Y.getState(doc.store, client) > at) {
          const struct = Y.getItem(doc.store, id);
          at = struct.id.clock + struct.length;
          if (!(struct instanceof Y.Item) || struct.deleted) continue;
          const place = itemPlace(doc, struct);
          if (!place || !commenterMayTouch(place))
            return `a comment link may not delete ${place ? describe(place) : 'this content'}`;
        } else {
          const fresh = resolver.placeOf(id, 0);
          if (!fresh) return 'update deletes content the relay does not have';
          // content of the update itself was checked above; step to its end
          const own = items.find(
            (i) => i.id.client === client && i.id.clock <= at && at < i.id.clock + i.length,
          );
          at = own ? own.id.clock + own.length : at + 1;
        }
      }
    }
  }
  return null;
}

function describe(place: Place): string {
  const [root, , key] = place;
  if (root === ROOT.cards) return key === 'text' ? 'card text' : 'cards';
  if (root === ROOT.meta) return 'the map';
  return root ?? 'the map';
}
