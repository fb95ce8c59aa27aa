/** Which browser origins may open a WebSocket on the relay. */
import type { IncomingMessage } from 'node:http';

/** Same origin as the relay, a configured origin, or no Origin at all (CLI, node). */
export function originAllowed(req: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  const normalized = origin.replace(/\/+$/, '');
  if (allowedOrigins.includes(normalized)) return true;
  try {
    return new URL(normalized).host === req.headers.host;
  } catch {
    return false;
  }
}
