/** `journey pull <mapId> --relay <ws-url> [--token T] --out <file>`: save a relay room as format v1. */
import { exportMap, isMapDoc } from '../../doc';
import { newMapDoc } from '../../sync';
import { exportJson } from '../../export/json';
import { parseArgs, requireFlag } from '../args';
import { writeOutputFile } from '../readFile';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';
import { pullAll } from '../pullAll';
import { openRoomForCli, relayUrl, tokenFrom } from './push';

export const usage = `usage: journey pull <mapId> --relay <ws-url> --out <file> [--token T] [--force]
       journey pull --all --relay <ws-url> --out-dir <dir> [--token T] [--force]

Reads a map's room from a relay and writes it as a format v1 file. With --all:
every map and template the token may open, as <id>.journey.json
(templates <id>.journey-template.json) in <dir>. Maturity checks are skipped.

  --relay <url>   the relay's base URL, ws://host:port (wss:// behind TLS)
  --token <T>     a view, edit or admin token (default: $JOURNEY_TOKEN)
  --out <file>    where to write; refused if it exists
  --all           every map the token may open (admin or workspace token)
  --out-dir <dir> with --all: the folder to write into (created if missing)
  --force         overwrite an existing file

Exit codes: 0 written, 1 refused, empty room or unwritable file, 2 usage error,
3 relay unreachable.
`;

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals, help } = parseArgs(
    args,
    {
      relay: 'string',
      token: 'string',
      out: 'string',
      force: 'boolean',
      all: 'boolean',
      'out-dir': 'string',
    },
    { min: args.includes('--all') ? 0 : 1, max: args.includes('--all') ? 0 : 1, names: ['mapId'] },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  if (flags.all) {
    if (flags.out) throw new UsageError('--all writes into --out-dir, not --out');
    const dir = requireFlag(flags['out-dir'], 'out-dir');
    return pullAll(io, relayUrl(flags.relay), tokenFrom(flags.token), dir, flags.force === true);
  }
  if (flags['out-dir']) throw new UsageError('--out-dir needs --all (one map: --out <file>)');
  const mapId = positionals[0]!;
  if (!MAP_ID.test(mapId))
    throw new UsageError(`${JSON.stringify(mapId)} is not a map id (1-64 of A-Z a-z 0-9 _ -)`);
  const relay = relayUrl(flags.relay);
  const out = requireFlag(flags.out, 'out');
  const doc = newMapDoc();
  const conn = await openRoomForCli(doc, relay, mapId, tokenFrom(flags.token));
  let text: string;
  try {
    if (!isMapDoc(doc))
      throw new CliError(`map "${mapId}" is empty on ${relay} (nobody has pushed or edited it)`);
    text = exportJson(exportMap(doc));
  } finally {
    conn.destroy();
    doc.destroy();
  }
  await writeOutputFile(io.cwd, out, text, flags.force === true);
  io.stdout(`wrote ${out} from map "${mapId}"\n`);
  return EXIT.ok;
}
