/** Reading and writing map files for CLI commands, with one-line errors. */
import { open, readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { MAX_FILE_BYTES } from '../model/parseMapFile';
import { CliError } from './io';

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EEXIST') return 'the file already exists (use --force to overwrite)';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads a file as bytes. Files over the format's 50 MiB limit are refused from
 * their size alone: they are never read into memory.
 */
export async function readInputFile(cwd: string, file: string): Promise<Uint8Array> {
  const path = resolve(cwd, file);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (info.size > MAX_FILE_BYTES) {
      throw new CliError(
        `${file}: the file is ${(info.size / 1024 / 1024).toFixed(1)} MiB; files over 50 MiB are refused`,
      );
    }
    return await readFile(path);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read ${file}: ${reason(error)}`);
  }
}

/**
 * Writes text to a file. Without `force` an existing file is never touched:
 * the exclusive create fails instead, so nothing is lost even in a race.
 */
export async function writeOutputFile(
  cwd: string,
  file: string,
  text: string,
  force: boolean,
): Promise<void> {
  const path = resolve(cwd, file);
  try {
    if (force) {
      await writeFile(path, text);
      return;
    }
    const handle = await open(path, 'wx');
    try {
      await handle.writeFile(text);
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw new CliError(`cannot write ${file}: ${reason(error)}`);
  }
}
