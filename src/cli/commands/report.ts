/**
 * `journey report <file|dir>... --kind <kind> [--json|--csv|--md]`, or
 * `journey report --relay <ws-url> [--token T] --kind <kind>`: insights across maps,
 * the same rows as the browser's insights view and `GET /api/insights`.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  REPORT_KINDS,
  isReportKind,
  reportRows,
  rowsToCsv,
  rowsToMarkdown,
  type InsightRow,
  type ReportKind,
} from '../../model/insights';
import { parseMapFile } from '../../model/parseMapFile';
import type { JourneyMap } from '../../model/types';
import { formatIssues } from '../../model/validation';
import { parseArgs, requireFlag } from '../args';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';
import { readInputFile } from '../readFile';
import { relayUrl, tokenFrom } from './push';

export const usage = `usage: journey report <file|dir>... --kind <kind> [--json|--csv|--md]
       journey report --relay <ws-url> [--token T] --kind <kind> [--json|--csv|--md]

Insights across maps: the files given, every *.journey.json in a folder given,
or every map the token may open on a relay.

  --kind <kind>   ${REPORT_KINDS.join(' | ')}
  --json          the rows as a JSON array (default)
  --csv           CSV, one column per field
  --md            a Markdown table
  --relay <url>   read the maps from a relay, ws://host:port (wss:// behind TLS)
  --token <T>     a token for the relay (default: $JOURNEY_TOKEN)

Exit codes: 0 ok, 1 an unreadable or invalid file or refused by the relay,
2 usage error, 3 relay unreachable.
`;

/** The map files named: files as given, folders as their *.journey.json files (sorted). */
async function mapFiles(cwd: string, paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    let info;
    try {
      info = await stat(resolve(cwd, path));
    } catch {
      throw new CliError(`cannot read ${path}: no such file or folder`);
    }
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const names = (await readdir(resolve(cwd, path)))
      .filter((n) => n.endsWith('.journey.json'))
      .sort();
    files.push(...names.map((n) => join(path, n)));
  }
  return files;
}

async function readMaps(cwd: string, paths: readonly string[]): Promise<JourneyMap[]> {
  const maps: JourneyMap[] = [];
  const problems: string[] = [];
  for (const file of await mapFiles(cwd, paths)) {
    let parsed;
    try {
      parsed = parseMapFile(await readInputFile(cwd, file));
    } catch (err) {
      if (err instanceof CliError) {
        problems.push(err.message);
        continue;
      }
      throw err;
    }
    if (parsed.ok) maps.push(parsed.map);
    else {
      const lines = formatIssues(parsed.errors, parsed.truncated).slice(0, 5);
      problems.push(`${file} is not a valid map:\n${lines.map((l) => `  ${l}`).join('\n')}`);
    }
  }
  if (problems.length > 0) throw new CliError(problems.join('\n'));
  return maps;
}

/** The rows from a relay's GET /api/insights. */
async function relayRows(relay: string, token: string, kind: ReportKind): Promise<InsightRow[]> {
  const base = relay.replace(/^ws/, 'http').replace(/\/$/, '');
  let res: Response;
  try {
    res = await fetch(`${base}/api/insights?kind=${kind}`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(60_000),
    });
  } catch (err) {
    throw new CliError(
      `cannot reach the relay at ${relay}: ${(err as Error).message}`,
      EXIT.relayUnreachable,
    );
  }
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const message = (body as { message?: unknown } | null)?.message;
    throw new CliError(
      `the relay refused the report (${res.status}): ${typeof message === 'string' ? message : res.statusText}`,
    );
  }
  if (!Array.isArray(body)) throw new CliError('the relay answered something that is not rows');
  return body as InsightRow[];
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals, help } = parseArgs(args, {
    kind: 'string',
    json: 'boolean',
    csv: 'boolean',
    md: 'boolean',
    relay: 'string',
    token: 'string',
  });
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const kind = requireFlag(flags.kind, 'kind');
  if (!isReportKind(kind))
    throw new UsageError(
      `--kind must be one of ${REPORT_KINDS.join(', ')}, not ${JSON.stringify(kind)}`,
    );
  const formats = (['json', 'csv', 'md'] as const).filter((f) => flags[f] === true);
  if (formats.length > 1) throw new UsageError('give one of --json, --csv, --md');
  if (flags.relay !== undefined && positionals.length > 0)
    throw new UsageError('give files or folders, or --relay, not both');
  if (flags.relay === undefined && positionals.length === 0)
    throw new UsageError('missing <file|dir> (or --relay)');
  const rows =
    flags.relay !== undefined
      ? await relayRows(relayUrl(flags.relay), tokenFrom(flags.token), kind)
      : reportRows(kind, await readMaps(io.cwd, positionals));
  const format = formats[0] ?? 'json';
  if (format === 'csv') io.stdout(rowsToCsv(kind, rows as never));
  else if (format === 'md') io.stdout(rowsToMarkdown(kind, rows as never));
  else io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
  return EXIT.ok;
}
