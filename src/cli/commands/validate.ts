/** `journey validate <file...>`: checks files against format v1. */
import { parseMapFile } from '../../model/parseMapFile';
import { formatIssues } from '../../model/validation';
import { parseArgs } from '../args';
import { readInputFile } from '../readFile';
import { CliError, EXIT } from '../io';
import type { CliIO } from '../io';

export const usage = `usage: journey validate <file...> [--quiet]

Checks .journey.json (and .journey-template.json) files against format v1.
Prints every problem by JSON path (the first 50 per file).

  --quiet   print nothing for valid files

Exit codes: 0 all files valid, 1 a file is invalid or unreadable, 2 usage error.
`;

/** Validates each file; exit 0 only when every file is valid. */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { flags, positionals, help } = parseArgs(
    args,
    { quiet: 'boolean' },
    { min: 1, names: ['file'] },
  );
  if (help) {
    io.stdout(usage);
    return EXIT.ok;
  }
  let code: number = EXIT.ok;
  for (const file of positionals) {
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(io.cwd, file);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      io.stderr(`${error.message}\n`);
      code = EXIT.invalid;
      continue;
    }
    const result = parseMapFile(bytes);
    if (result.ok) {
      const { kind, phases, lanes, cards } = result.map;
      if (flags.quiet !== true) {
        io.stdout(
          `${file}: valid ${kind} (${phases.length} phases, ${lanes.length} lanes, ${cards.length} cards)\n`,
        );
      }
      continue;
    }
    code = EXIT.invalid;
    const count = result.truncated
      ? `more than ${result.errors.length}`
      : String(result.errors.length);
    const lines = formatIssues(result.errors, result.truncated).map((line) => `  ${line}\n`);
    io.stderr(`${file}: invalid, ${count} problem${count === '1' ? '' : 's'}:\n${lines.join('')}`);
  }
  return code;
}
