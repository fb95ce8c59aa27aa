/**
 * The cheap pre-check of an update's cost: how many structs it carries, read from the
 * update's section headers and a walk over its structs that builds nothing (no Item, no
 * content object), stopping as soon as the count passes a limit. Decoding and applying
 * cost about 10 µs per struct on the 2-core test machine; walking costs a small part of
 * that, so a frame of 120,000 tiny structs (1.9 MiB, valid Yjs) is refused before the
 * relay spends a second on it. Bytes that do not walk are left for the full decoder,
 * which names the error (corrupt_update).
 */
import * as Y from 'yjs';
import * as decoding from 'lib0/decoding';

/** Yjs update format v1: struct kinds and info bits (binary.BITS5 / BIT6–BIT8 in Yjs). */
const KIND = 0b11111;
const HAS_PARENT_SUB = 0b100000;
const HAS_RIGHT_ORIGIN = 0b1000000;
const HAS_ORIGIN = 0b10000000;
const GC = 0;
const SKIP = 10;
/** type refs of ContentType that carry a key: YXmlElement, YXmlHook */
const KEYED_TYPES = new Set([3, 5]);

/**
 * The number of structs in a v1 update, or `limit + 1` as soon as it has more than
 * `limit`; null when the bytes do not walk as an update (the full decoder says why).
 */
export function countStructs(update: Uint8Array, limit: number): number | null {
  try {
    const d = new Y.UpdateDecoderV1(decoding.createDecoder(update));
    const rest = d.restDecoder;
    const sections = decoding.readVarUint(rest);
    let count = 0;
    for (let s = 0; s < sections; s++) {
      const structs = decoding.readVarUint(rest);
      count += structs;
      if (count > limit) return limit + 1;
      d.readClient();
      decoding.readVarUint(rest); // clock
      for (let i = 0; i < structs; i++) skipStruct(d);
    }
    return count;
  } catch {
    return null;
  }
}

function skipStruct(d: Y.UpdateDecoderV1): void {
  const info = d.readInfo();
  const kind = info & KIND;
  if (kind === GC) {
    d.readLen();
    return;
  }
  if (kind === SKIP) {
    decoding.readVarUint(d.restDecoder);
    return;
  }
  if (info & HAS_ORIGIN) skipVarUints(d.restDecoder, 2);
  if (info & HAS_RIGHT_ORIGIN) skipVarUints(d.restDecoder, 2);
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    if (d.readParentInfo()) skipString(d.restDecoder);
    else skipVarUints(d.restDecoder, 2);
    if (info & HAS_PARENT_SUB) skipString(d.restDecoder);
  }
  skipContent(d, kind);
}

function skipContent(d: Y.UpdateDecoderV1, kind: number): void {
  const rest = d.restDecoder;
  switch (kind) {
    case 1: // deleted
      d.readLen();
      return;
    case 2: {
      // JSON: strings
      const n = d.readLen();
      for (let i = 0; i < n; i++) skipString(rest);
      return;
    }
    case 3: // binary
    case 4: // string
    case 5: // embed (JSON text)
      skipString(rest);
      return;
    case 6: // format: key, JSON text
      skipString(rest);
      skipString(rest);
      return;
    case 7: // type
      if (KEYED_TYPES.has(d.readTypeRef())) skipString(rest);
      return;
    case 8: {
      // any
      const n = d.readLen();
      for (let i = 0; i < n; i++) d.readAny();
      return;
    }
    case 9: // subdocument: guid, options
      skipString(rest);
      d.readAny();
      return;
    default:
      throw new Error(`unknown content kind ${kind}`);
  }
}

/** A length-prefixed string or byte array, skipped without decoding it. */
function skipString(decoder: decoding.Decoder): void {
  const length = decoding.readVarUint(decoder);
  if (decoder.pos + length > decoder.arr.length) throw new Error('truncated');
  decoder.pos += length;
}

function skipVarUints(decoder: decoding.Decoder, n: number): void {
  for (let i = 0; i < n; i++) decoding.readVarUint(decoder);
}
