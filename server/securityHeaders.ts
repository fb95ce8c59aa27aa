/**
 * Headers on every HTTP answer of the relay, for the browser app it serves:
 * - Content-Security-Policy: scripts only from the relay itself (no inline script, no
 *   eval), connections only to the relay itself (its HTTP API and its WebSocket, `ws:`
 *   and `wss:` of the same host named explicitly for browsers that do not count them as
 *   'self'), and the app may not be framed by anyone (`frame-ancestors 'none'`). Styles
 *   allow inline ones: the board positions its nodes with style attributes. Images and
 *   fonts allow `data:` and `blob:` (exports render through object URLs).
 * - Referrer-Policy: no-referrer — share tokens travel in URLs (`?t=`), and a link
 *   followed out of the app must not carry them to another site.
 * - X-Content-Type-Options: nosniff.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** a Host header as it may appear in the policy (anything else is left out) */
const HOST = /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/;

export function contentSecurityPolicy(host: string | undefined): string {
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}
