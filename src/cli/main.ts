/**
 * The `journey` dispatcher. Each subcommand lives in `commands/<name>.ts` and is
 * loaded only when used (so `validate` never loads Yjs or the PDF code). A
 * module that does not exist yet is reported as "not available yet".
 *
 * Contract of a command module:
 *   export async function run(args: string[], io: CliIO): Promise<number>
 *   export const usage: string   // optional; printed for `journey <cmd> --help`
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CliError, EXIT, UsageError } from './io';
import type { CliIO } from './io';

export type { CliIO } from './io';

/** Each command: its synopsis and what it does, for `journey --help`. */
const COMMANDS = {
  validate: ['validate <file...>', 'check map files against format v1'],
  new: ['new --out <file> [--title T] [--lang de]', 'a new map from the standard template'],
  export: ['export <file> --pdf|--png|--csv|--md <out>', 'render a map'],
  push: ['push <file>... --relay <ws-url> [--token T]', 'make relay rooms equal to the files'],
  pull: ['pull <mapId> --relay <ws-url> --out <file>', 'save a relay room as a file'],
  list: ['list --relay <ws-url> [--json]', 'the maps and templates on a relay'],
  report: ['report <file|dir>... --kind <kind> [--csv|--md]', 'insights across maps'],
  kpi: ['kpi import <file.csv> --relay <ws-url>', 'add KPI measurements from a CSV'],
} as const;
export type CommandName = keyof typeof COMMANDS;

const WIDTH = Math.max(...Object.values(COMMANDS).map(([synopsis]) => synopsis.length));

export const USAGE = [
  'usage: journey <command> [options]',
  '',
  'commands:',
  ...Object.values(COMMANDS).map(([synopsis, what]) => `  ${synopsis.padEnd(WIDTH)}  ${what}`),
  '',
  'Run "journey <command> --help" for the options of a command.',
  'Exit codes: 0 ok, 1 invalid input or refused, 2 usage error, 3 relay unreachable.',
  '',
].join('\n');

export interface CommandModule {
  run(args: string[], io: CliIO): Promise<number>;
  usage?: string;
}

function isCommand(name: string): name is CommandName {
  return Object.hasOwn(COMMANDS, name);
}

function isCommandModule(value: unknown): value is CommandModule {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as CommandModule).run === 'function'
  );
}

/** Finds the module of a command; `null` while nobody has written it yet. */
export type CommandLoader = (name: CommandName) => Promise<CommandModule | null>;

/** Loads `commands/<name>.ts` next to this file. */
export async function loadCommand(name: CommandName): Promise<CommandModule | null> {
  const url = new URL(`./commands/${name}.ts`, import.meta.url);
  if (!existsSync(fileURLToPath(url))) return null;
  const mod: unknown = await import(url.href);
  if (!isCommandModule(mod)) throw new Error(`commands/${name}.ts does not export run()`);
  return mod;
}

/**
 * Runs `journey` with `argv` (without node and script) and returns the exit
 * code. Never throws: usage errors, refusals and unexpected failures are
 * printed as one line each (a stack trace only with JOURNEY_DEBUG=1).
 */
export async function main(
  argv: readonly string[],
  io: CliIO,
  load: CommandLoader = loadCommand,
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    (name === undefined ? io.stderr : io.stdout)(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!isCommand(name)) {
    io.stderr(`journey: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    const mod = await load(name);
    if (mod === null) {
      io.stderr(`journey ${name}: not available yet in this version\n`);
      return EXIT.invalid;
    }
    if (mod.usage !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
      io.stdout(mod.usage.endsWith('\n') ? mod.usage : `${mod.usage}\n`);
      return EXIT.ok;
    }
    return await mod.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`journey ${name}: ${error.message}\nRun "journey ${name} --help" for usage.\n`);
      return EXIT.usage;
    }
    if (error instanceof CliError) {
      io.stderr(`journey ${name}: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`journey ${name}: unexpected error: ${message}\n`);
    if (process.env.JOURNEY_DEBUG === '1' && error instanceof Error)
      io.stderr(`${error.stack ?? ''}\n`);
    return EXIT.invalid;
  }
}
