/**
 * Importing `.journey.json` / `.journey-template.json` files. Every file is parsed
 * and validated first; if any is invalid, NOTHING is imported and every problem is
 * returned with its JSON path. A map whose id is already on this device is imported
 * as a copy with a new id (never merged into or overwriting the existing one).
 */
import { newId } from '../model/ids';
import { parseMapFile } from '../model/parseMapFile';
import type { ValidationError } from '../model/validation';
import type { JourneyMap, MapKind } from '../model/types';
import { createLocalMap, mapExists } from './localMaps';

export interface ImportSource {
  readonly name: string;
  readonly content: string | Uint8Array;
}

export interface ImportedMap {
  readonly fileName: string;
  readonly mapId: string;
  readonly kind: MapKind;
  readonly title: string;
  /** the file's id was taken, so the map got a new one */
  readonly renamedFrom?: string;
}

export interface RejectedFile {
  readonly fileName: string;
  readonly errors: readonly ValidationError[];
  readonly truncated: boolean;
}

export type ImportResult =
  | { readonly ok: true; readonly imported: readonly ImportedMap[] }
  | { readonly ok: false; readonly rejected: readonly RejectedFile[] };

export async function importFiles(sources: readonly ImportSource[]): Promise<ImportResult> {
  const valid: { name: string; map: JourneyMap }[] = [];
  const rejected: RejectedFile[] = [];
  for (const source of sources) {
    const result = parseMapFile(source.content);
    if (result.ok) valid.push({ name: source.name, map: result.map });
    else
      rejected.push({ fileName: source.name, errors: result.errors, truncated: result.truncated });
  }
  if (rejected.length > 0) return { ok: false, rejected };

  const imported: ImportedMap[] = [];
  const taken = new Set<string>();
  for (const { name, map } of valid) {
    const clash = taken.has(map.id) || (await mapExists(map.id));
    const id = clash ? newId() : map.id;
    taken.add(id);
    await createLocalMap(clash ? { ...map, id } : map);
    imported.push({
      fileName: name,
      mapId: id,
      kind: map.kind,
      title: map.title,
      ...(clash ? { renamedFrom: map.id } : {}),
    });
  }
  return { ok: true, imported };
}
