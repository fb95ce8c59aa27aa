/**
 * Serves the built SPA from dist/: real files with their content type, hashed
 * assets cached forever, and every app route (/, /map/<id>, …) answered with
 * index.html so the client router takes over. Text files go out as the Brotli or gzip
 * copy the build stored beside them (src/app/compressPlugin.ts) when the browser takes
 * that encoding.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};

export const NOT_BUILT_MESSAGE =
  'The Journeyboard app is not built yet. Run `npm run build` (or `npm start`, which builds it first), then reload.';

export function isBuilt(distDir: string | null): boolean {
  return !!distDir && existsSync(join(distDir, 'index.html'));
}

/** Encodings the build stores beside a file (src/app/compressPlugin.ts), best first. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Whether the request's Accept-Encoding takes `name` (listed, and not with q=0). */
export function accepts(header: string | undefined, name: string): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [token, ...params] = part.trim().toLowerCase().split(';');
    if (token?.trim() !== name) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * The stored copy of `path` in an encoding the browser accepts, if the build made one
 * and the file was not changed after it (an index.html edited by hand is sent as edited).
 */
function compressedCopy(
  req: IncomingMessage,
  path: string,
  modified: number,
): { path: string; size: number; encoding: string } | null {
  const header = req.headers['accept-encoding'];
  for (const { name, suffix } of ENCODINGS) {
    if (!accepts(header, name)) continue;
    const stat = statSync(path + suffix, { throwIfNoEntry: false });
    if (stat?.isFile() && stat.mtimeMs >= modified)
      return { path: path + suffix, size: stat.size, encoding: name };
  }
  return null;
}

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  file: { readonly size: number; readonly mtimeMs: number },
  cache: string,
): void {
  const { size } = file;
  const copy = compressedCopy(req, path, file.mtimeMs);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': copy?.size ?? size,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
    // caches keep one answer per encoding the browser asked for
    Vary: 'Accept-Encoding',
    ...(copy ? { 'Content-Encoding': copy.encoding } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(copy?.path ?? path).pipe(res);
}

/** Answers a GET/HEAD for the SPA. Returns false when the request is not for a file or route. */
export function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  distDir: string | null,
  pathname: string,
): void {
  if (!distDir || !isBuilt(distDir)) {
    res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(NOT_BUILT_MESSAGE + '\n');
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    res.writeHead(400).end();
    return;
  }
  const path = normalize(join(distDir, decoded));
  if (path !== distDir && !path.startsWith(distDir + sep)) {
    res.writeHead(404).end();
    return;
  }
  const stat = existsSync(path) ? statSync(path) : null;
  if (stat?.isFile()) {
    // Vite puts content-hashed files under assets/: their name changes when they do
    const immutable = decoded.startsWith('/assets/');
    sendFile(req, res, path, stat, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    return;
  }
  // app routes have no file extension; a missing /foo.js is a real 404, not the app
  if (extname(decoded) === '') {
    const index = join(distDir, 'index.html');
    sendFile(req, res, index, statSync(index), 'no-cache');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}
