/**
 * WebSocket close codes the relay uses (also listed in server/README.md).
 * The stock y-websocket client treats 4400–4499 as "do not reconnect" and every
 * other code as transient, so the ranges are chosen by whether retrying can help.
 */
export const CloseCode = {
  /** server shutting down (SIGTERM/SIGINT); clients reconnect later */
  goingAway: 1001,
  /** frame larger than MAX_MESSAGE_BYTES (sent by the ws library) */
  messageTooBig: 1009,
  /** storage failed; the update was not accepted; reconnecting resyncs */
  internalError: 1011,
  /** frame could not be decoded (bad varint, truncated, trailing bytes) */
  malformed: 4400,
  /** no valid token for this map (missing, bad signature, expired, revoked) */
  unauthorized: 4401,
  /** browser Origin not allowed */
  forbiddenOrigin: 4403,
  /** map id breaks the id rule (1–64 of A-Z a-z 0-9 _ -) */
  invalidMapId: 4404,
  /** the update would grow the room past MAX_DOC_BYTES */
  documentTooLarge: 4413,
  /** unknown message type or sync sub-type */
  unknownMessage: 4415,
  /** document update that is empty, does not decode or does not apply */
  corruptUpdate: 4422,
  /** a comment link's update changes more than comments and votes (retrying resends it) */
  commentOnly: 4405,
  /** message rate above the per-connection token bucket; retry later */
  rateLimited: 4529,
  /**
   * the connection used more than its budget of bytes or of the relay's time (decoding and
   * applying updates); retry later — backing off is exactly what helps
   */
  overBudget: 4531,
  /** too many connections from this address; retry later */
  tooManyConnections: 4530,
  /** too many rooms in memory and none idle; retry later */
  serverBusy: 4503,
} as const;

export type CloseCodeName = keyof typeof CloseCode;
