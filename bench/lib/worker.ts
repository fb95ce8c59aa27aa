/**
 * Runs a benchmark's client side in its own Node process (`node --import tsx <file>`),
 * so clients never share an event loop with the server they measure. The worker gets
 * its settings as one JSON argument and answers with one JSON line on stdout,
 * prefixed RESULT: (anything else it prints is passed through as progress).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT } from './result';

export interface WorkerOptions {
  readonly timeoutMs: number;
  /** progress lines (anything but the RESULT line) */
  readonly log?: (line: string) => void;
  /** gets the child once spawned, e.g. to write to its stdin */
  readonly onSpawn?: (child: ChildProcess) => void;
}

export function runWorker<T>(file: string, input: unknown, options: WorkerOptions): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', file, JSON.stringify(input)], {
      cwd: ROOT,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    options.onSpawn?.(child);
    let out = '';
    let err = '';
    let result: T | undefined;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(`worker ${file} timed out after ${options.timeoutMs} ms\n${err.slice(-2000)}`),
      );
    }, options.timeoutMs);
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString();
      let nl: number;
      while ((nl = out.indexOf('\n')) >= 0) {
        const line = out.slice(0, nl);
        out = out.slice(nl + 1);
        if (line.startsWith('RESULT:')) result = JSON.parse(line.slice(7)) as T;
        else if (line.trim()) options.log?.(line);
      }
    });
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (result !== undefined && code === 0) resolve(result);
      else
        reject(
          new Error(
            `worker ${file} exited with ${code}${result === undefined ? ' and no result' : ''}\n${err.slice(-2000)}`,
          ),
        );
    });
  });
}

/** Inside a worker: its JSON input. */
export function workerInput<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error('worker needs its settings as one JSON argument');
  return JSON.parse(raw) as T;
}

/**
 * Inside a worker: hands the result back, then exits once stdout has taken it all
 * (a large line written with writeSync to a pipe can be cut short).
 */
export function workerDone(result: unknown): void {
  process.stdout.write(`RESULT:${JSON.stringify(result)}\n`, () => process.exit(0));
}
