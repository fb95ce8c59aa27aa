/** Small JSON helpers for the relay's API handlers. */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

export function sendError(
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
): void {
  sendJson(res, status, { error, message });
}

/** The token of a request: `Authorization: Bearer …`, else `?t=`. */
export function requestToken(req: IncomingMessage, url: URL): string | null {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  return url.searchParams.get('t');
}

export class BodyError extends Error {}

/** Reads a JSON object body of at most `maxBytes` (empty body: `{}`); throws BodyError. */
export function readJsonObject(
  req: IncomingMessage,
  maxBytes = 4096,
): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        reject(new BodyError(`the body is larger than ${maxBytes} bytes`));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (!text.trim()) return resolve({});
      try {
        const value: unknown = JSON.parse(text);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          reject(new BodyError('the body must be a JSON object'));
        else resolve(value as Record<string, unknown>);
      } catch {
        reject(new BodyError('the body is not valid JSON'));
      }
    });
    req.on('error', reject);
  });
}
