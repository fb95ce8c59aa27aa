/**
 * The relay's insights API and KPI feed:
 *
 *   GET  /api/insights?kind=<kind>                      rows over every map the token may open
 *   GET  /api/insights/maps                             those maps as format v1 (the browser's view)
 *   POST /api/maps/<mapId>/cards/<cardId>/measurements  { date, value } or an array of them
 *
 * Rows come from the one implementation in src/model/insights over the stored rooms,
 * read through a per-room cache keyed by the last sequence number (insightsMaps.ts).
 * A measurement is a doc-layer command run on the live room's document, committed
 * (like every relay write) before it is answered and forwarded to the open boards.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import {
  checkMeasurementItem,
  isReportKind,
  REPORT_KINDS,
  reportRows,
  type ReportKind,
} from '../src/model/insights';
import type { Measurement } from '../src/model/types';
import { canWrite, verifyToken } from './auth';
import { grantOf, memoAnswer, openableHeads, type MapReadContext } from './insightsMaps';
import { isValidMapId } from './limits';
import { applyFeed, type FeedItem, type FeedResult } from './feedApply';

export type InsightsContext = MapReadContext & {
  /** the KPI feed's write, when rooms live in worker threads (shards.ts) */
  readonly feed?: (mapId: string, items: readonly FeedItem[]) => Promise<FeedResult>;
};

const MAX_FEED_BODY = 1024 * 1024;

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function fail(
  res: ServerResponse,
  status: number,
  error: string,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  json(res, status, { error, message, ...extra });
}

function tokenOf(req: IncomingMessage, url: URL): string | null {
  const h = req.headers.authorization;
  if (h?.startsWith('Bearer ')) return h.slice(7).trim();
  return url.searchParams.get('t');
}

async function insights(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: InsightsContext,
  url: URL,
  what: 'rows' | 'maps',
): Promise<void> {
  if (req.method !== 'GET') return fail(res, 405, 'method-not-allowed', 'insights needs GET');
  const kind = url.searchParams.get('kind');
  if (what === 'rows' && !isReportKind(kind))
    return fail(res, 400, 'bad-kind', `kind must be one of ${REPORT_KINDS.join(', ')}`);
  const grant = await grantOf(ctx, tokenOf(req, url));
  if (!grant) return fail(res, 401, 'unauthorized', 'a valid token is required');
  const heads = await openableHeads(ctx, grant);
  const text =
    what === 'maps'
      ? await memoAnswer(ctx, 'maps', grant, heads, (maps) => ({ maps, role: grant.role }))
      : await memoAnswer(ctx, kind!, grant, heads, (maps) => reportRows(kind as ReportKind, maps));
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_FEED_BODY) {
        resolve(null);
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function measurements(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: InsightsContext,
  url: URL,
  mapId: string,
  cardId: string,
): Promise<void> {
  if (req.method !== 'POST') return fail(res, 405, 'method-not-allowed', 'measurements needs POST');
  const grant = await verifyToken(ctx.tokens, mapId, tokenOf(req, url));
  if (!grant) return fail(res, 401, 'unauthorized', 'no valid token for this map');
  if (!canWrite(grant.role))
    return fail(res, 403, 'forbidden', 'a view link cannot add measurements');
  const text = await readBody(req);
  if (text === null) return fail(res, 413, 'too-large', `the body is over ${MAX_FEED_BODY} bytes`);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return fail(
      res,
      400,
      'bad-json',
      'body must be JSON: { "date": "YYYY-MM-DD", "value": n } or an array of them',
    );
  }
  const items = Array.isArray(body) ? (body as unknown[]) : [body];
  if (items.length === 0) return fail(res, 400, 'invalid', 'the array holds no measurement');
  const good: Measurement[] = [];
  const problems: { path: string; message: string }[] = [];
  items.forEach((item, i) => {
    const checked = checkMeasurementItem(item);
    const path = Array.isArray(body) ? `[${i}]` : '';
    if (checked.ok) good.push(checked.measurement);
    else problems.push({ path, message: checked.reason });
  });
  if (problems.length > 0) {
    const first = problems[0]!;
    const where = (p: { path: string; message: string }) =>
      p.path ? `item ${p.path}: ${p.message}` : p.message;
    return fail(res, 400, 'invalid', `nothing was added: ${problems.map(where).join('; ')}`, {
      ...(first.path ? { path: first.path } : {}),
      problems,
    });
  }
  if (!ctx.rooms.get(mapId) && !(await ctx.storage.hasRoom(mapId)))
    return fail(res, 404, 'unknown-map', `there is no map "${mapId}"`);
  const added = good.map((m) => ({ cardId, ...m }));
  const result = ctx.feed
    ? await ctx.feed(mapId, added)
    : await applyFeed(ctx.rooms, ctx.commits, mapId, added);
  switch (result.kind) {
    case 'busy':
      return fail(res, 503, 'busy', 'the relay has too many maps open; try again');
    case 'not-map':
      return fail(res, 404, 'unknown-map', `there is no map "${mapId}"`);
    case 'doc-error':
      if (result.code === 'not-found')
        return fail(res, 404, 'unknown-card', `map "${mapId}" has no card "${cardId}"`);
      return fail(res, 400, 'invalid', `nothing was added: ${result.message}`);
    case 'storage-failed':
      return fail(
        res,
        503,
        'storage-failed',
        'the relay could not store the change; nothing was added',
      );
  }
  ctx.log.info(
    { room: mapId, card: cardId, added: good.length, role: grant.role },
    'measurements added',
  );
  json(res, 200, { added: good.length });
}

const MEASUREMENTS = /^\/api\/maps\/([^/]+)\/cards\/([^/]+)\/measurements$/;

function decode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return '';
  }
}

/** Handles the request when it is one of these routes; returns false otherwise. */
export async function handleInsightsHttp(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: InsightsContext,
  url: URL,
): Promise<boolean> {
  if (url.pathname === '/api/insights' || url.pathname === '/api/insights/maps') {
    await insights(req, res, ctx, url, url.pathname === '/api/insights' ? 'rows' : 'maps');
    return true;
  }
  const m = MEASUREMENTS.exec(url.pathname);
  if (!m) return false;
  const mapId = decode(m[1]!);
  const cardId = decode(m[2]!);
  if (!isValidMapId(mapId)) {
    fail(res, 400, 'bad-map-id', 'map ids are 1–64 of A-Z a-z 0-9 _ -');
    return true;
  }
  if (!isValidMapId(cardId)) {
    fail(res, 404, 'unknown-card', `map "${mapId}" has no card ${JSON.stringify(cardId)}`);
    return true;
  }
  await measurements(req, res, ctx, url, mapId, cardId);
  return true;
}
