/** `journey list --relay <ws-url> [--token T] [--json]`: the maps and templates on a relay. */
import { parseArgs } from '../args';
import { EXIT } from '../io';
import type { CliIO } from '../io';
import { fetchMaps } from '../relayApi';
import { relayUrl, tokenFrom } from './push';

export const usage = `usage: journey list --relay <ws-url> [--token T] [--json]

Lists the maps, templates and maturity checks on a relay that the token may open,
one line each: id, kind (map, template, maturity), title and last change (tab-separated; trashed maps are marked).

  --relay <url>   the relay's base URL, ws://host:port (wss:// behind TLS)
  --token <T>     an admin, workspace or map token (default: $JOURNEY_TOKEN)
  --json          the rows of GET /api/maps as one JSON array

Exit codes: 0 listed, 1 refused, 2 usage error, 3 relay unreachable.
`;

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, help } = parseArgs(
    args,
    { relay: 'string', token: 'string', json: 'boolean' },
    { max: 0 },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const relay = relayUrl(flags.relay);
  const maps = await fetchMaps(relay, tokenFrom(flags.token));
  const sorted = [...maps].sort((a, b) => a.id.localeCompare(b.id));
  if (flags.json) {
    io.stdout(`${JSON.stringify(sorted, null, 2)}\n`);
    return EXIT.ok;
  }
  for (const m of sorted) {
    const title = m.title.replace(/\s+/g, ' ');
    io.stdout(`${m.id}\t${m.kind}\t${title}\t${m.updatedAt}${m.trashed ? '\t(trashed)' : ''}\n`);
  }
  return EXIT.ok;
}
