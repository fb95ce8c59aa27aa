/**
 * Comments on a card, keyed by id (concurrent comments all survive), resolvable.
 * Each comment is a Y.Map made together with its entry under a fresh id, so no
 * two peers ever create the same one. `resolved` is stored once set (absent = open).
 */
import * as Y from 'yjs';
import { newId } from '../model/ids';
import type { Id } from '../model/types';
import { checkKeys, checkWith, parts } from './checks';
import { cardPart } from './cardlayout';
import { mustGet, runCommand } from './command';
import { invalid, notFound } from './errors';
import { RESOLVED_EXTENSION, cardsRoot, getEntity, readString, type Fields } from './roots';
import { keyAt, sortOrdered, type Ordered } from './order';

function commentsOf(doc: Y.Doc, cardId: Id): Fields {
  return cardPart(mustGet(cardsRoot(doc), 'card', cardId), 'comments');
}

/** Comment entries sorted by (order, id). */
export function sortedComments(comments: Fields): Ordered[] {
  const items: Ordered[] = [];
  comments.forEach((value, id) => {
    if (value instanceof Y.Map)
      items.push({ id, order: readString(value as Y.Map<unknown>, 'order') ?? '' });
  });
  return sortOrdered(items);
}

/** Append a comment; `at` defaults to now. Returns the comment id. */
export function addComment(
  doc: Y.Doc,
  cardId: Id,
  input: { author: string; text: string; at?: string },
): Id {
  checkKeys('a comment', input, ['author', 'text', 'at']);
  const { author, text, at } = checkWith(parts.comment, 'comment', {
    ...input,
    at: input.at ?? new Date().toISOString(),
  });
  const comments = commentsOf(doc, cardId);
  const id = newId();
  const order = keyAt(sortedComments(comments), undefined);
  runCommand(doc, () => {
    const comment = new Y.Map<unknown>();
    comment.set('author', author);
    comment.set('text', text);
    comment.set('at', at);
    comment.set('order', order);
    comments.set(id, comment);
  });
  return id;
}

/**
 * Mark a comment resolved or open again. A file's own `x-resolved` value (kept
 * verbatim when it is not `true`) gives way to the user's decision.
 */
export function resolveComment(doc: Y.Doc, cardId: Id, commentId: Id, resolved: boolean): void {
  const comment = getEntity(commentsOf(doc, cardId), commentId);
  if (!comment) throw notFound('comment', commentId);
  if (typeof resolved !== 'boolean') throw invalid('resolved must be true or false');
  if ((comment.get('resolved') === true) === resolved && !comment.has(RESOLVED_EXTENSION)) return;
  runCommand(doc, () => {
    comment.set('resolved', resolved);
    if (comment.has(RESOLVED_EXTENSION)) comment.delete(RESOLVED_EXTENSION);
  });
}

/** Delete a comment for good. */
export function deleteComment(doc: Y.Doc, cardId: Id, commentId: Id): void {
  const comments = commentsOf(doc, cardId);
  if (!getEntity(comments, commentId)) throw notFound('comment', commentId);
  runCommand(doc, () => comments.delete(commentId));
}
