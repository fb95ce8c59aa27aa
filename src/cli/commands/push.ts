/** `journey push <file> --relay <ws-url> [--token T]`: make a relay room equal to a file. */
import WebSocket from 'ws';
import { DocError, createMapDoc, isMapDoc, replaceMapContent, type MapDoc } from '../../doc';
import { parseMapFile } from '../../model/parseMapFile';
import type { JourneyMap } from '../../model/types';
import { formatIssues } from '../../model/validation';
import { RelayRefusedError, RelayUnreachableError, newMapDoc, openRoom } from '../../sync';
import type { SyncConnection, SyncError } from '../../sync';
import { parseArgs, requireFlag } from '../args';
import { readInputFile } from '../readFile';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';

export const usage = `usage: journey push <file>... --relay <ws-url> [--token T]

Makes the map's room on a relay equal to the file, as ONE change that merges with
whatever others edit at the same time (creates the room if it is new). With several
files every one is checked first: one invalid file and nothing is pushed.

  --relay <url>   the relay's base URL, ws://host:port (wss:// behind TLS)
  --token <T>     an edit or admin token (default: $JOURNEY_TOKEN)

Exit codes: 0 pushed, 1 invalid file or refused by the relay, 2 usage error,
3 relay unreachable.
`;

/** Checks `--relay` (ws/wss, or http/https which are mapped) and returns it. */
export function relayUrl(value: string | undefined): string {
  const url = requireFlag(value, 'relay');
  if (!/^(wss?|https?):\/\/[^/]+\/?$/.test(url)) {
    throw new UsageError(
      `--relay must be a base URL like ws://127.0.0.1:8080, not ${JSON.stringify(url)}`,
    );
  }
  return url;
}

export function tokenFrom(flag: string | undefined): string {
  return flag ?? process.env.JOURNEY_TOKEN ?? '';
}

/** Opens a synced room or throws a CliError with the promised exit code. */
export async function openRoomForCli(
  doc: MapDoc,
  relay: string,
  mapId: string,
  token: string,
): Promise<SyncConnection> {
  try {
    return await openRoom(doc, {
      relayUrl: relay,
      mapId,
      token,
      WebSocketImpl: WebSocket,
      timeoutMs: 15_000,
    });
  } catch (err) {
    if (err instanceof RelayRefusedError) {
      const hint =
        err.reason === 'unauthorized' ? ' (missing, wrong, expired or revoked token)' : '';
      throw new CliError(
        `the relay refused access to map "${mapId}": ${refusalText(err.reason)}${hint}`,
        EXIT.invalid,
      );
    }
    if (err instanceof RelayUnreachableError)
      throw new CliError(err.message, EXIT.relayUnreachable);
    throw err;
  }
}

/** Why the relay refused, in words a script's log can act on. */
function refusalText(error: SyncError): string {
  return error === 'too-large'
    ? 'too-large (the map is larger than this relay accepts: see its MAX_MESSAGE_BYTES and MAX_DOC_BYTES)'
    : error;
}

/** Waits until the relay confirmed storing everything, mapping failures to exit codes. */
export async function flushForCli(conn: SyncConnection): Promise<void> {
  try {
    await conn.flushed(30_000);
  } catch (err) {
    const error = conn.status.getState().error;
    if (error)
      throw new CliError(`the relay refused the change: ${refusalText(error)}`, EXIT.invalid);
    throw new CliError(
      `the relay did not confirm the change: ${(err as Error).message}`,
      EXIT.relayUnreachable,
    );
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals, help } = parseArgs(
    args,
    { relay: 'string', token: 'string' },
    { min: 1, names: ['file'] },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const relay = relayUrl(flags.relay);
  // every file is checked before anything is sent: one invalid file and nothing is pushed
  const maps: { file: string; map: JourneyMap }[] = [];
  const problems: string[] = [];
  const ids = new Map<string, string>();
  for (const file of positionals) {
    const parsed = parseMapFile(await readInputFile(io.cwd, file));
    if (!parsed.ok) {
      const lines = formatIssues(parsed.errors, parsed.truncated).map((l) => `  ${l}`);
      problems.push(`${file} is not a valid map:\n${lines.join('\n')}`);
      continue;
    }
    const twin = ids.get(parsed.map.id);
    if (twin) problems.push(`${file} and ${twin} are the same map ("${parsed.map.id}")`);
    ids.set(parsed.map.id, file);
    maps.push({ file, map: parsed.map });
  }
  if (problems.length > 0) {
    const none = positionals.length > 1 ? '\nnothing was pushed' : '';
    throw new CliError(problems.join('\n') + none);
  }
  for (const { file, map } of maps) await pushOne(io, relay, tokenFrom(flags.token), file, map);
  return EXIT.ok;
}

async function pushOne(
  io: CliIO,
  relay: string,
  token: string,
  file: string,
  map: JourneyMap,
): Promise<void> {
  const doc = newMapDoc();
  const conn = await openRoomForCli(doc, relay, map.id, token);
  try {
    if (conn.status.getState().role === 'view' || conn.status.getState().role === 'comment')
      throw new CliError(
        `the token is a ${conn.status.getState().role} link: it cannot change the map`,
      );
    try {
      // the room is synced: seed it when it is new, otherwise merge the file in as one change
      if (isMapDoc(doc)) replaceMapContent(doc, map);
      else createMapDoc(map, doc);
    } catch (err) {
      if (err instanceof DocError) throw new CliError(`cannot push ${file}: ${err.message}`);
      throw err;
    }
    await flushForCli(conn);
  } finally {
    conn.destroy();
    doc.destroy();
  }
  io.stdout(
    `pushed ${file} to map "${map.id}" (${map.phases.length} phases, ${map.lanes.length} lanes, ${map.cards.length} cards)\n`,
  );
}
