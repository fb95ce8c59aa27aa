/**
 * Serves the built SPA from dist/: real files with their content type, hashed
 * assets cached forever, and every app route (/, /map/<id>, …) answered with
 * index.html so the client router takes over.
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

function sendFile(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  size: number,
  cache: string,
): void {
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': size,
    'Cache-Control': cache,
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(path).pipe(res);
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
    sendFile(
      req,
      res,
      path,
      stat.size,
      immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    );
    return;
  }
  // app routes have no file extension; a missing /foo.js is a real 404, not the app
  if (extname(decoded) === '') {
    const index = join(distDir, 'index.html');
    sendFile(req, res, index, statSync(index).size, 'no-cache');
    return;
  }
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('not found\n');
}
