/**
 * `journey kpi import <file.csv> --relay <ws-url> [--token T]`: KPI measurements
 * from a CSV with the header `mapId,cardId,date,value`. Every row is checked
 * first — its cells, then against the maps on the relay (the map exists, the card
 * is a live KPI card) — and one bad row means nothing is written: exit 1 with
 * every bad row named by its line number. Then each map gets its rows as ONE
 * change (one undo step there), which open boards see live.
 */
import { DocError, addMeasurements, exportMap, isMapDoc, type MapDoc } from '../../doc';
import { CsvSyntaxError, checkMeasurementCells, readCsv } from '../../model/insights';
import { ID_PATTERN } from '../../model/formatSchema';
import type { Measurement } from '../../model/types';
import { newMapDoc } from '../../sync';
import type { SyncConnection } from '../../sync';
import { parseArgs } from '../args';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';
import { readInputFile } from '../readFile';
import { flushForCli, openRoomForCli, relayUrl, tokenFrom } from './push';

export const usage = `usage: journey kpi import <file.csv> --relay <ws-url> [--token T]

Adds KPI measurements from a CSV file with the header
  mapId,cardId,date,value
(date as YYYY-MM-DD, value with a decimal point). Every row is checked before
anything is written: one bad row and nothing is written, and every bad row is
named by its line number.

  --relay <url>   the relay's base URL, ws://host:port (wss:// behind TLS)
  --token <T>     an edit, facilitator or admin token (default: $JOURNEY_TOKEN)

Exit codes: 0 all rows added, 1 a bad row or refused by the relay (nothing
written), 2 usage error, 3 relay unreachable.
`;

const HEADER = ['mapId', 'cardId', 'date', 'value'] as const;
const ID = new RegExp(ID_PATTERN);

interface Row extends Measurement {
  readonly line: number;
  readonly mapId: string;
  readonly cardId: string;
}

/** Reads and checks every row's cells; throws naming every bad line. */
function parseRows(text: string): Row[] {
  let records;
  try {
    records = readCsv(text);
  } catch (err) {
    if (err instanceof CsvSyntaxError) throw new CliError(`not a CSV file: ${err.message}`);
    throw err;
  }
  const [head, ...body] = records;
  const names = head?.cells.map((c) => c.trim());
  if (!names || HEADER.some((h) => !names.includes(h)) || names.length !== HEADER.length)
    throw new CliError(`line 1: the header must be ${HEADER.join(',')}`);
  const col = (cells: readonly string[], name: (typeof HEADER)[number]) =>
    (cells[names.indexOf(name)] ?? '').trim();
  if (body.length === 0) throw new CliError('the file holds no measurement rows');
  const rows: Row[] = [];
  const problems: string[] = [];
  for (const { line, cells } of body) {
    if (cells.length !== HEADER.length) {
      problems.push(`line ${line}: ${cells.length} cells, expected ${HEADER.length}`);
      continue;
    }
    const mapId = col(cells, 'mapId');
    const cardId = col(cells, 'cardId');
    if (!ID.test(mapId))
      problems.push(`line ${line}: map id ${JSON.stringify(mapId)} is not an id`);
    else if (!ID.test(cardId))
      problems.push(`line ${line}: card id ${JSON.stringify(cardId)} is not an id`);
    else {
      const checked = checkMeasurementCells(col(cells, 'date'), col(cells, 'value'));
      if (checked.ok) rows.push({ line, mapId, cardId, ...checked.measurement });
      else problems.push(`line ${line}: ${checked.reason}`);
    }
  }
  if (problems.length > 0) throw new CliError(`nothing was written:\n${problems.join('\n')}`);
  return rows;
}

/** Problems of the rows of one map against its synced document. */
function checkAgainstMap(doc: MapDoc, mapId: string, rows: readonly Row[]): string[] {
  if (!isMapDoc(doc)) return rows.map((r) => `line ${r.line}: there is no map "${mapId}"`);
  const map = exportMap(doc);
  const laneType = new Map(map.lanes.map((l) => [l.id, l.type]));
  const cards = new Map(map.cards.map((c) => [c.id, c]));
  const problems: string[] = [];
  for (const r of rows) {
    const card = cards.get(r.cardId);
    if (!card) problems.push(`line ${r.line}: map "${mapId}" has no card "${r.cardId}"`);
    else if (laneType.get(card.laneId) !== 'kpis')
      problems.push(`line ${r.line}: card "${r.cardId}" of map "${mapId}" is not a KPI`);
  }
  return problems;
}

async function withRoom<T>(
  relay: string,
  token: string,
  mapId: string,
  use: (doc: MapDoc, conn: SyncConnection) => Promise<T>,
): Promise<T> {
  const doc = newMapDoc();
  const conn = await openRoomForCli(doc, relay, mapId, token);
  try {
    if (conn.status.getState().role === 'view' || conn.status.getState().role === 'comment')
      throw new CliError(
        `the token is a ${conn.status.getState().role} link of map "${mapId}": it cannot add measurements`,
      );
    return await use(doc, conn);
  } finally {
    conn.destroy();
    doc.destroy();
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals, help } = parseArgs(
    args,
    { relay: 'string', token: 'string' },
    { min: 2, max: 2, names: ['import', 'file.csv'] },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (positionals[0] !== 'import')
    throw new UsageError(
      `unknown kpi command ${JSON.stringify(positionals[0])} (try "kpi import")`,
    );
  const relay = relayUrl(flags.relay);
  const token = tokenFrom(flags.token);
  const file = positionals[1]!;
  const rows = parseRows(new TextDecoder().decode(await readInputFile(io.cwd, file)));
  const byMap = new Map<string, Row[]>();
  for (const r of rows) byMap.set(r.mapId, [...(byMap.get(r.mapId) ?? []), r]);

  // 1. check every row against its map; nothing is written yet
  const problems: string[] = [];
  for (const [mapId, mapRows] of byMap)
    problems.push(
      ...(await withRoom(relay, token, mapId, async (doc) => checkAgainstMap(doc, mapId, mapRows))),
    );
  if (problems.length > 0) {
    const sorted = problems.sort((a, b) => lineOf(a) - lineOf(b));
    throw new CliError(`nothing was written:\n${sorted.join('\n')}`);
  }

  // 2. one change per map
  let written = 0;
  for (const [mapId, mapRows] of byMap) {
    await withRoom(relay, token, mapId, async (doc, conn) => {
      try {
        addMeasurements(
          doc,
          mapRows.map(({ cardId, value, date }) => ({ cardId, value, date })),
        );
      } catch (err) {
        if (!(err instanceof DocError)) throw err;
        const done = written === 0 ? 'nothing was written' : `${written} maps were already written`;
        throw new CliError(`map "${mapId}" changed while importing (${err.message}); ${done}`);
      }
      await flushForCli(conn);
    });
    written++;
  }
  io.stdout(
    `added ${rows.length} measurement${rows.length === 1 ? '' : 's'} to ${byMap.size} map${byMap.size === 1 ? '' : 's'}\n`,
  );
  return EXIT.ok;
}

function lineOf(problem: string): number {
  return Number(/^line (\d+)/.exec(problem)?.[1] ?? 0);
}
