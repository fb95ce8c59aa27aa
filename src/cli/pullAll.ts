/** `journey pull --all`: every map the token may open, one file each, into a folder. */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { exportMap, isMapDoc } from '../doc';
import { exportJson } from '../export/json';
import { newMapDoc } from '../sync';
import { openRoomForCli } from './commands/push';
import { CliError, EXIT } from './io';
import type { CliIO } from './io';
import { writeOutputFile } from './readFile';
import { fetchMaps } from './relayApi';

const MAP_ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function pullAll(
  io: CliIO,
  relay: string,
  token: string,
  outDir: string,
  force: boolean,
): Promise<number> {
  const maps = await fetchMaps(relay, token);
  const dir = resolve(io.cwd, outDir);
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`cannot create ${outDir}: ${(error as Error).message}`);
  }
  let written = 0;
  const failed: string[] = [];
  for (const row of maps) {
    // a maturity check is no map: it has no format v1 file to write
    if (!MAP_ID.test(row.id) || row.kind === 'maturity') continue;
    const name = `${row.id}.${row.kind === 'template' ? 'journey-template' : 'journey'}.json`;
    const doc = newMapDoc();
    try {
      const conn = await openRoomForCli(doc, relay, row.id, token);
      let text: string | null = null;
      try {
        if (isMapDoc(doc)) text = exportJson(exportMap(doc));
      } finally {
        conn.destroy();
      }
      if (text === null) {
        failed.push(`${row.id}: empty on the relay`);
        continue;
      }
      await writeOutputFile(dir, name, text, force);
      io.stdout(`wrote ${join(outDir, name)}\n`);
      written++;
    } catch (error) {
      if (error instanceof CliError && error.exitCode === EXIT.relayUnreachable) throw error;
      failed.push(`${row.id}: ${(error as Error).message}`);
    } finally {
      doc.destroy();
    }
  }
  io.stdout(`${written} of ${maps.length} maps written to ${outDir}\n`);
  if (failed.length > 0) {
    io.stderr(failed.map((f) => `not written: ${f}\n`).join(''));
    return EXIT.invalid;
  }
  return EXIT.ok;
}
