/**
 * The relay's side of comment links (#16): a commenter's update is checked by the pure
 * rule in src/doc (commentGuard.ts) before the room applies it; a refusal closes the
 * socket with 4405 (retrying would only resend the same change).
 */
import type * as Y from 'yjs';
import { commentUpdateProblem } from '../src/doc/commentGuard';
import { CloseCode } from './closeCodes';
import { ProtocolError } from './protocol';

/** Throws a ProtocolError unless `update` touches only comments and votes. */
export function checkCommentWrite(doc: () => Y.Doc, update: Uint8Array): void {
  // a routine empty sync step 2 is 2 bytes: no document needed for it
  const problem = update.byteLength > 2 ? commentUpdateProblem(doc(), update) : null;
  if (problem) throw new ProtocolError('comment_write', CloseCode.commentOnly, problem);
}
