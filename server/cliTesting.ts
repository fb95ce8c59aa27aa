// Test helper: the `journey` CLI run in-process against a real relay child process.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { startRelay, type RelayProcess } from './testing';

export interface CliRun {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}
export type Journey = (...argv: string[]) => Promise<CliRun>;

/** `journey …` with `dir` as its working directory; output captured. */
export function journeyIn(dir: string): Journey {
  return async (...argv) => {
    let out = '';
    let err = '';
    const code = await main(argv, {
      stdout: (t) => (out += t),
      stderr: (t) => (err += t),
      cwd: dir,
    });
    return { code, out, err };
  };
}

export interface CliRelay {
  readonly relay: RelayProcess;
  /** a fresh temporary working directory */
  readonly dir: string;
  readonly journey: Journey;
}

/** A relay child process, a fresh working directory and `journey` run there. */
export async function startCliRelay(prefix: string): Promise<CliRelay> {
  const relay = await startRelay();
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { relay, dir, journey: journeyIn(dir) };
}

/** `journey <command> [args…] --relay <relay> --token <token>` (the admin token by default). */
export function withRelay(
  journey: Journey,
  relay: RelayProcess,
  ...argv: string[]
): Promise<CliRun> {
  return journey(...argv, '--relay', relay.ws, '--token', relay.adminToken);
}
