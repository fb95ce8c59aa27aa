/**
 * `GET /api/time` → `{ "now": <ms since epoch> }`: the relay's clock, so workshop
 * clients can estimate their offset to it (src/sync/presence/clock.ts) and all
 * show the same countdown. Public and harmless (no map data), never cached.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function handleTime(
  req: IncomingMessage,
  res: ServerResponse,
  now: () => number = Date.now,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
    res.end('method not allowed\n');
    return;
  }
  const body = JSON.stringify({ now: now() });
  res.writeHead(200, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
