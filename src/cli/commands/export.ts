/**
 * `journey export <file> --pdf out.pdf [--png …] [--svg …] [--csv …] [--md …] [--json …]`:
 * renders a map file with the same pure export functions the browser uses. The
 * file is validated first; an invalid map is refused with its error list.
 */
import { open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportCsv } from '../../export/csv';
import { exportJson } from '../../export/json';
import { exportMarkdown } from '../../export/markdown';
import { exportSvg } from '../../export/svg';
import type { PdfPageSize } from '../../export/pdf';
import type { JourneyMap } from '../../model/types';
import { parseMapFile } from '../../model/parseMapFile';
import { formatIssues } from '../../model/validation';
import { parseArgs } from '../args';
import { CliError, EXIT, UsageError } from '../io';
import type { CliIO } from '../io';
import { readInputFile } from '../readFile';

export const usage = `usage: journey export <file> [--pdf out.pdf] [--png out.png] [--svg out.svg]
                      [--csv out.csv] [--md out.md] [--json out.json]
                      [--page a4|a3|poster] [--force]

Renders a .journey.json file; give one or more outputs.

  --pdf    vector PDF (text selectable), German and English labels by the map's language
  --page   PDF page: a4 (default) or a3 landscape, split over pages; poster: one page
  --png    the board as an image          --svg   the board as SVG
  --csv    one row per card (UTF-8 with BOM)
  --md     Markdown outline for wikis     --json  canonical format v1
  --force  overwrite existing output files

Exit codes: 0 written, 1 invalid map or unwritable output, 2 usage error.
`;

const FORMATS = ['pdf', 'png', 'svg', 'csv', 'md', 'json'] as const;
type Format = (typeof FORMATS)[number];

async function render(
  format: Format,
  map: JourneyMap,
  page: PdfPageSize,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'csv':
      return exportCsv(map);
    case 'md':
      return exportMarkdown(map);
    case 'json':
      return exportJson(map);
    case 'svg':
      return exportSvg(map);
    case 'png': {
      // resvg is a native module: loaded only when a PNG is asked for
      const { exportPngNode } = await import('../../export/node/png');
      return exportPngNode(map);
    }
    case 'pdf': {
      const [{ exportPdf }, { loadDejavuFonts }] = await Promise.all([
        import('../../export/pdf'),
        import('../../export/node/fonts'),
      ]);
      return exportPdf(map, { fonts: loadDejavuFonts(), pageSize: page });
    }
  }
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

/** Validates the map file, then writes every requested output. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const spec = {
    pdf: 'string',
    png: 'string',
    svg: 'string',
    csv: 'string',
    md: 'string',
    json: 'string',
    page: 'string',
    force: 'boolean',
  } as const;
  const { flags, positionals, help } = parseArgs(args, spec, { min: 1, max: 1, names: ['file'] });
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  const outputs = FORMATS.flatMap((f) => (flags[f] ? [[f, flags[f]] as const] : []));
  if (outputs.length === 0)
    throw new UsageError('give at least one output: --pdf, --png, --svg, --csv, --md or --json');
  const page = flags.page ?? 'a4';
  if (page !== 'a4' && page !== 'a3' && page !== 'poster')
    throw new UsageError(`--page must be a4, a3 or poster, not ${JSON.stringify(page)}`);
  if (flags.page !== undefined && !flags.pdf) throw new UsageError('--page applies to --pdf only');

  const file = positionals[0]!;
  const result = parseMapFile(await readInputFile(io.cwd, file));
  if (!result.ok) {
    const lines = formatIssues(result.errors, result.truncated).map((line) => `  ${line}\n`);
    io.stderr(`${file}: invalid, nothing exported:\n${lines.join('')}`);
    return EXIT.invalid;
  }
  for (const [format, out] of outputs) {
    const started = performance.now();
    const data = await render(format, result.map, page);
    await write(io.cwd, out, data, flags.force === true);
    const size = typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    io.stdout(
      `${out}: ${format.toUpperCase()} ${(size / 1024).toFixed(1)} KiB in ${Math.round(performance.now() - started)} ms\n`,
    );
  }
  return EXIT.ok;
}
