/** Ids for maps, phases, lanes, cards, actions and comments. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';
/** 21 symbols of 6 bits: 126 random bits, as many as a UUID v4 has and then some. */
const ID_LENGTH = 21;

/**
 * A new random id: 21 url-safe characters (`A-Z a-z 0-9 _ -`, valid as a format
 * v1 id and in a URL path) from `crypto.getRandomValues`. Peers create ids
 * offline, so only randomness keeps them apart; 126 bits make a collision
 * practically impossible.
 */
export function newId(): string {
  const bytes = new Uint8Array(ID_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  let id = '';
  // 64 symbols divide 256 evenly, so masking keeps the distribution uniform
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}
