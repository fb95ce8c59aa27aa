/**
 * The argument parser every `journey` subcommand shares: `--name value`,
 * `--name=value`, boolean `--flag`, positionals, `--` ends options. Anything
 * unknown or malformed throws UsageError (exit code 2).
 */
import { UsageError } from './io';

export type FlagKind = 'string' | 'boolean';
export type FlagSpec = { readonly [name: string]: FlagKind };

export type ParsedFlags<S extends FlagSpec> = {
  -readonly [K in keyof S]?: S[K] extends 'string' ? string : boolean;
};

export interface ParsedArgs<S extends FlagSpec> {
  readonly flags: ParsedFlags<S>;
  readonly positionals: string[];
  /** `--help` or `-h` was given (always recognised) */
  readonly help: boolean;
}

export interface PositionalRule {
  readonly min?: number;
  readonly max?: number;
  /** names for messages, in order: ['file'] */
  readonly names?: readonly string[];
}

function checkPositionals(positionals: string[], rule: PositionalRule): void {
  const { min = 0, max = Infinity, names = [] } = rule;
  if (positionals.length < min) {
    const missing = names[positionals.length] ?? 'argument';
    throw new UsageError(`missing <${missing}>`);
  }
  if (positionals.length > max) {
    throw new UsageError(`unexpected argument ${JSON.stringify(positionals[max])}`);
  }
}

/**
 * Parses `args` against `spec`. With `--help` present nothing else is checked,
 * so `journey new --help` works even without the required options.
 */
export function parseArgs<S extends FlagSpec>(
  args: readonly string[],
  spec: S,
  positionalRule: PositionalRule = {},
): ParsedArgs<S> {
  const flags: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  if (args.includes('--help') || args.includes('-h')) return { flags: {}, positionals, help: true };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = Object.hasOwn(spec, name) ? spec[name] : undefined;
    if (kind === undefined) throw new UsageError(`unknown option --${name}`);
    if (Object.hasOwn(flags, name)) throw new UsageError(`--${name} is given twice`);
    if (kind === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value`);
      flags[name] = true;
    } else if (eq !== -1) {
      flags[name] = arg.slice(eq + 1);
    } else {
      const value = args[i + 1];
      if (value === undefined || (value.startsWith('--') && value.length > 2)) {
        throw new UsageError(`--${name} needs a value`);
      }
      flags[name] = value;
      i++;
    }
  }
  checkPositionals(positionals, positionalRule);
  return { flags: flags as ParsedFlags<S>, positionals, help: false };
}

/** Returns a string option or throws UsageError naming it. */
export function requireFlag(value: string | undefined, name: string): string {
  if (value === undefined || value === '') throw new UsageError(`--${name} is required`);
  return value;
}
