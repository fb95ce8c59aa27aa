/** Minimal text edits, so concurrent typing in one card merges instead of clobbering. */
import type * as Y from 'yjs';

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** One replacement: `prev[start, end)` becomes `insert`. */
interface TextEdit {
  readonly start: number;
  readonly end: number;
  readonly insert: string;
}

/** The changed middle between two strings (common prefix and suffix kept), never splitting a surrogate pair. */
function textEdit(prev: string, next: string): TextEdit {
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (start > 0 && isHigh(prev.charCodeAt(start - 1))) start--;
  let endPrev = prev.length;
  let endNext = next.length;
  while (
    endPrev > start &&
    endNext > start &&
    prev.charCodeAt(endPrev - 1) === next.charCodeAt(endNext - 1)
  ) {
    endPrev--;
    endNext--;
  }
  if (endPrev < prev.length && isLow(prev.charCodeAt(endPrev))) {
    endPrev++;
    endNext++;
  }
  return { start, end: endPrev, insert: next.slice(start, endNext) };
}

/**
 * Turn the Y.Text into `next` by deleting and inserting only the changed middle
 * (common prefix and suffix stay), never splitting a surrogate pair.
 */
export function applyTextDiff(ytext: Y.Text, next: string): void {
  const prev = ytext.toString();
  if (prev === next) return;
  const { start, end, insert } = textEdit(prev, next);
  if (end > start) ytext.delete(start, end - start);
  if (insert) ytext.insert(start, insert);
}

/**
 * Three-way merge of one text: `local` and `remote` both started from `base`.
 * The local edit is replayed on `remote`, so a peer's edit elsewhere in the text
 * survives; where both changed the same stretch, the local version wins there.
 * Editors that write while the user types use it to keep what others typed.
 */
export function rebaseText(base: string, local: string, remote: string): string {
  if (remote === base || local === remote) return local;
  if (local === base) return remote;
  const ours = textEdit(base, local);
  const theirs = textEdit(base, remote);
  const shift = theirs.insert.length - (theirs.end - theirs.start);
  if (ours.end <= theirs.start) {
    return remote.slice(0, ours.start) + ours.insert + remote.slice(ours.end);
  }
  if (ours.start >= theirs.end) {
    return remote.slice(0, ours.start + shift) + ours.insert + remote.slice(ours.end + shift);
  }
  // overlapping: the local text of the union of both stretches replaces it
  const start = Math.min(ours.start, theirs.start);
  const end = Math.max(ours.end, theirs.end);
  const oursShift = ours.insert.length - (ours.end - ours.start);
  return remote.slice(0, start) + local.slice(start, end + oursShift) + remote.slice(end + shift);
}
