/**
 * The address a connection counts against (MAX_CONNECTIONS_PER_IP) and is logged with.
 * Behind a reverse proxy every socket comes from the proxy; with TRUST_PROXY naming the
 * proxies' addresses, the relay takes the client's address from `X-Forwarded-For`:
 * walking the list from the right (the hop nearest the relay), it skips trusted proxies
 * and stops at the first address that is not one. A header that did not come through a
 * trusted proxy is ignored, so a client cannot pick its own address.
 */
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** `::ffff:10.0.0.1` (IPv4 on a dual-stack socket) is `10.0.0.1`. */
function normalize(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && isIP(a.slice(7)) === 4 ? a.slice(7) : a;
}

/** TRUST_PROXY: comma-separated IP addresses of the proxies in front of the relay. */
export function parseTrustProxy(raw: string | undefined): readonly string[] {
  const list = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const entry of list)
    if (!isIP(entry))
      throw new Error(
        `TRUST_PROXY must list the proxies' IP addresses (comma-separated), got "${entry}"`,
      );
  return list.map(normalize);
}

export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: readonly string[],
): string {
  let address = normalize(socketAddress ?? 'unknown');
  if (trusted.length === 0 || forwardedFor === undefined) return address;
  const hops = (Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  while (trusted.includes(address) && hops.length > 0) {
    const next = hops.pop()!;
    if (!isIP(normalize(next))) break; // garbage in the header: keep the last trusted hop
    address = normalize(next);
  }
  return address;
}

/** The client's address of an HTTP request (an upgrade), given TRUST_PROXY. */
export function requestAddress(req: IncomingMessage, trusted: readonly string[] = []): string {
  return clientAddress(req.socket.remoteAddress, req.headers['x-forwarded-for'], trusted);
}
