/**
 * `journey export <file> --pdf out.pdf [--png …] [--svg …] [--csv …] [--md …] [--json …]`:
 * renders a map file with the same pure export functions the browser uses. The
 * file is validated first; an invalid map is refused with its error list.
 */
import { open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { PdfPageSize } from '../../export/pdf';
import {
  EXPORTERS,
  type ExportOutput,
  type ExportPlatform,
  type ExporterId,
} from '../../export/registry';
import { PNG_LIMITS } from '../../export/pngSize';
import type { JourneyMap } from '../../model/types';
import { parseMapFile } from '../../model/parseMapFile';
import { formatIssues } from '../../model/validation';
import { parseArgs } from '../args';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';
import { readInputFile } from '../readFile';

export const usage = `usage: journey export <file> [--pdf out.pdf] [--png out.png] [--svg out.svg]
                      [--csv out.csv] [--md out.md] [--json out.json]
                      [--page a4|a3|poster] [--scale n] [--force]

Renders a .journey.json file; give one or more outputs.

  --pdf    vector PDF (text selectable), German and English labels by the map's language
  --page   PDF page: a4 (default) or a3 landscape, split over pages; poster: one page
  --png    the board as an image          --svg   the board as SVG
  --scale  PNG pixels per point (default 2); a board over 16,000 px a side or
           200 Mpx is scaled down to fit, and the output says so
  --csv    one row per card (UTF-8 with BOM; cells a spreadsheet would run as a
           formula, starting with = + - @, get a leading ')
  --md     Markdown outline for wikis     --json  canonical format v1
  --force  overwrite existing output files

Exit codes: 0 written, 1 invalid map or unwritable output, 2 usage error.
`;

interface Rendered {
  readonly data: string | Uint8Array;
  /** said after the size, e.g. the PNG's pixel size */
  readonly note?: string;
  /** printed to stderr: something the user should know about the output */
  readonly warning?: string;
}

/** Node's parts of an export: DejaVu fonts, native zlib, resvg for PNG. */
const NODE_PLATFORM: ExportPlatform = {
  loadFonts: async () => (await import('../../export/node/fonts')).loadDejavuFonts(),
  // native zlib: the same FlateDecode streams, several times faster than pdf-lib's own
  deflate: (bytes) => deflateSync(bytes),
  svgToPng: async (_svg, map, scale) => {
    // resvg is a native module: loaded only when a PNG is asked for
    const { exportPngNode } = await import('../../export/node/png');
    const png = exportPngNode(map, { scale });
    const size = `${png.width}×${png.height} px`;
    return png.capped
      ? {
          data: png.png,
          note: `${size}, scaled down to ${png.scale.toFixed(2)} px/pt (limit ${PNG_LIMITS.maxSide.toLocaleString('en')} px a side, ${PNG_LIMITS.maxPixels / 1e6} Mpx)`,
        }
      : { data: png.png, note: size };
  },
};

async function render(
  exporter: (typeof EXPORTERS)[number],
  map: JourneyMap,
  page: PdfPageSize,
  scale: number,
): Promise<Rendered> {
  const out: ExportOutput = await exporter.run(map, { page, scale }, NODE_PLATFORM);
  if (out.data instanceof Blob) throw new Error(`${exporter.id} made a Blob, not bytes`);
  const missing = out.missingGlyphs ?? [];
  return {
    data: out.data,
    ...(out.note ? { note: out.note } : {}),
    ...(missing.length > 0
      ? {
          warning: `${missing.length} character(s) have no glyph in DejaVu Sans and print as "\uFFFD": ${missingList(missing)}`,
        }
      : {}),
  };
}

/** `中 (U+4E2D), 文 (U+6587)`, at most 20 of them. */
function missingList(chars: readonly string[]): string {
  const shown = chars.slice(0, 20).map((ch) => {
    const cp = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    return `${ch} (U+${cp})`;
  });
  return shown.join(', ') + (chars.length > 20 ? `, … ${chars.length - 20} more` : '');
}

async function write(
  cwd: string,
  file: string,
  data: string | Uint8Array,
  force: boolean,
): Promise<void> {
  const path = resolve(cwd, file);
  try {
    if (force) return await writeFile(path, data);
    // exclusive create: an existing file is never overwritten by accident
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'EEXIST'
        ? 'the file already exists (use --force to overwrite)'
        : code === 'ENOENT'
          ? 'no such directory'
          : error instanceof Error
            ? error.message
            : String(error);
    throw new CliError(`cannot write ${file}: ${why}`);
  }
}

/** One `--<id> <file>` flag per exporter of the registry. */
const OUTPUT_FLAGS = Object.fromEntries(EXPORTERS.map((e) => [e.id, 'string'])) as Record<
  ExporterId,
  'string'
>;

/** `--pdf, --png, … or --json`, from the registry. */
function outputList(): string {
  const flags = EXPORTERS.map((e) => `--${e.id}`);
  return `${flags.slice(0, -1).join(', ')} or ${flags.at(-1)}`;
}

/** Validates the map file, then writes every requested output. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const spec = {
    ...OUTPUT_FLAGS,
    page: 'string',
    scale: 'string',
    force: 'boolean',
  } as const;
  const { flags, positionals, help } = parseArgs(args, spec, { min: 1, max: 1, names: ['file'] });
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const outputs = EXPORTERS.flatMap((e) => (flags[e.id] ? [[e, flags[e.id]!] as const] : []));
  if (outputs.length === 0) throw new UsageError(`give at least one output: ${outputList()}`);
  const page = flags.page ?? 'a4';
  if (page !== 'a4' && page !== 'a3' && page !== 'poster')
    throw new UsageError(`--page must be a4, a3 or poster, not ${JSON.stringify(page)}`);
  if (flags.page !== undefined && !flags.pdf) throw new UsageError('--page applies to --pdf only');
  const scale = flags.scale === undefined ? 2 : Number(flags.scale);
  if (!(scale > 0 && scale <= 8))
    throw new UsageError(
      `--scale must be a number above 0 and at most 8, not ${JSON.stringify(flags.scale)}`,
    );
  if (flags.scale !== undefined && !flags.png)
    throw new UsageError('--scale applies to --png only');

  const file = positionals[0]!;
  const result = parseMapFile(await readInputFile(io.cwd, file));
  if (!result.ok) {
    const lines = formatIssues(result.errors, result.truncated).map((line) => `  ${line}\n`);
    io.stderr(`${file}: invalid, nothing exported:\n${lines.join('')}`);
    return EXIT.invalid;
  }
  for (const [exporter, out] of outputs) {
    const started = performance.now();
    const { data, note, warning } = await render(exporter, result.map, page, scale);
    await write(io.cwd, out, data, flags.force === true);
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    io.stdout(
      `${out}: ${exporter.id.toUpperCase()} ${(size / 1024).toFixed(1)} KiB${note ? ` (${note})` : ''} in ${Math.round(performance.now() - started)} ms\n`,
    );
    if (warning) io.stderr(`${out}: warning: ${warning}\n`);
  }
  return EXIT.ok;
}
