/**
 * The y-websocket wire format, decoded strictly. A frame is one message:
 *   varUint type; type 0 sync: varUint subtype (0 step1 | 1 step2 | 2 update) + varUint8Array;
 *   type 1 awareness: varUint8Array; type 3 query-awareness: nothing.
 * Anything else — bad varints, truncation, trailing bytes, unknown types — is a
 * ProtocolError carrying the close code, so one bad client never touches the room.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CloseCode } from './closeCodes';

export const MSG_SYNC = 0;
export const MSG_AWARENESS = 1;
export const MSG_AUTH = 2;
export const MSG_QUERY_AWARENESS = 3;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;
/**
 * Auth sub-type carrying the connection's role as a string. Stock clients read
 * auth messages with y-protocols/auth, which ignores sub-types it does not know.
 */
export const AUTH_ROLE = 100;

export type ClientMessage =
  | { kind: 'step1'; stateVector: Uint8Array }
  | {
      kind: 'update';
      update: Uint8Array;
      fromStep2: boolean;
      /** the whole message as received (a sync update message can be forwarded as it is) */
      frame: Uint8Array;
    }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'queryAwareness' };

export type RejectReason =
  | 'malformed'
  | 'unknown_type'
  | 'corrupt_update'
  | 'empty_update'
  | 'doc_too_large'
  | 'too_many_structs'
  | 'over_budget'
  | 'comment_write';

export class ProtocolError extends Error {
  constructor(
    readonly reason: RejectReason,
    readonly code: number,
    message: string,
  ) {
    super(message);
  }
}

function malformed(detail: string): ProtocolError {
  return new ProtocolError('malformed', CloseCode.malformed, detail);
}

/** Decodes one frame. `frame` must be its own buffer (not a view into a pool). */
export function parseMessage(frame: Uint8Array): ClientMessage {
  if (frame.byteLength === 0) throw malformed('empty frame');
  const decoder = decoding.createDecoder(frame);
  let message: ClientMessage;
  try {
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MSG_SYNC: {
        const sub = decoding.readVarUint(decoder);
        if (sub !== SYNC_STEP1 && sub !== SYNC_STEP2 && sub !== SYNC_UPDATE) {
          throw new ProtocolError(
            'unknown_type',
            CloseCode.unknownMessage,
            `unknown sync message ${sub}`,
          );
        }
        const payload = decoding.readVarUint8Array(decoder);
        message =
          sub === SYNC_STEP1
            ? { kind: 'step1', stateVector: payload }
            : { kind: 'update', update: payload, fromStep2: sub === SYNC_STEP2, frame };
        break;
      }
      case MSG_AWARENESS:
        message = { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MSG_QUERY_AWARENESS:
        message = { kind: 'queryAwareness' };
        break;
      default:
        throw new ProtocolError(
          'unknown_type',
          CloseCode.unknownMessage,
          `unknown message type ${type}`,
        );
    }
  } catch (err) {
    if (err instanceof ProtocolError) throw err;
    throw malformed(`undecodable frame: ${(err as Error).message}`);
  }
  if (decoding.hasContent(decoder)) throw malformed('trailing bytes after message');
  if (decoder.pos > frame.byteLength) throw malformed('truncated frame');
  return message;
}

function frameOf(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

export function encodeStep1(stateVector: Uint8Array): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, SYNC_STEP1);
    encoding.writeVarUint8Array(e, stateVector);
  });
}

export function encodeStep2(update: Uint8Array): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, SYNC_STEP2);
    encoding.writeVarUint8Array(e, update);
  });
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, SYNC_UPDATE);
    encoding.writeVarUint8Array(e, update);
  });
}

/**
 * An outgoing message: one buffer, or the pieces of ONE WebSocket message sent as
 * fragments (RFC 6455 §5.4; browsers and ws reassemble them), so a big payload is
 * never copied into a frame — a 10 MB sync step 2 is sent from the stored bytes.
 */
export type OutFrame = Uint8Array | readonly Uint8Array[];

/** Payloads from this size on go out as [header, payload] pieces instead of a copy. */
const PIECES_FROM = 64 * 1024;

/** A sync step 2 or update message for sending; large payloads are not copied. */
export function syncFrame(
  sub: typeof SYNC_STEP2 | typeof SYNC_UPDATE,
  payload: Uint8Array,
): OutFrame {
  if (payload.byteLength < PIECES_FROM)
    return sub === SYNC_STEP2 ? encodeStep2(payload) : encodeUpdate(payload);
  const header = frameOf((e) => {
    encoding.writeVarUint(e, MSG_SYNC);
    encoding.writeVarUint(e, sub);
    encoding.writeVarUint(e, payload.byteLength);
  });
  return [header, payload];
}

/** Bytes of an outgoing message. */
export function frameBytes(frame: OutFrame): number {
  if (!Array.isArray(frame)) return (frame as Uint8Array).byteLength;
  let n = 0;
  for (const piece of frame as readonly Uint8Array[]) n += piece.byteLength;
  return n;
}

export function encodeAwareness(update: Uint8Array): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MSG_AWARENESS);
    encoding.writeVarUint8Array(e, update);
  });
}

/** An awareness update with no entries: harmless traffic that keeps a client's watchdog happy. */
export const EMPTY_AWARENESS: Uint8Array = frameOf((e) => {
  encoding.writeVarUint(e, MSG_AWARENESS);
  encoding.writeVarUint8Array(e, new Uint8Array([0]));
});

/**
 * The client ids an awareness update speaks for (entries: varUint id, varUint clock,
 * varString state). Throws a ProtocolError for an update that does not decode.
 */
export function awarenessClientIds(update: Uint8Array): number[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const ids: number[] = [];
    for (let i = 0; i < count; i++) {
      ids.push(decoding.readVarUint(decoder));
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
    }
    if (decoder.pos > update.byteLength) throw new Error('truncated');
    return ids;
  } catch (err) {
    throw malformed(`bad awareness update: ${(err as Error).message}`);
  }
}

export function encodeRole(role: string): Uint8Array {
  return frameOf((e) => {
    encoding.writeVarUint(e, MSG_AUTH);
    encoding.writeVarUint(e, AUTH_ROLE);
    encoding.writeVarString(e, role);
  });
}
