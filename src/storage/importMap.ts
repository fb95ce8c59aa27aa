/**
 * Importing `.journey.json` / `.journey-template.json` files. Every file is parsed
 * and validated first; if any is invalid, NOTHING is imported and every problem is
 * returned with its JSON path. A map whose id is already on this device is imported
 * as a copy with a new id (never merged into or overwriting the existing one).
 * A storage failure while writing is reported per file; a failed file leaves nothing.
 */
import { newId } from '../model/ids';
import { withoutMapLinks } from '../model/templates';
import { parseMapFile } from '../model/parseMapFile';
import type { ValidationError } from '../model/validation';
import type { JourneyMap, MapKind } from '../model/types';
import { toStorageError, type StorageError } from './errors';
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

/** A valid file whose map could not be stored (nothing of it is kept). */
export interface FailedFile {
  readonly fileName: string;
  readonly error: StorageError;
}

export type ImportResult =
  | { readonly ok: true; readonly imported: readonly ImportedMap[] }
  /** some file is invalid: nothing was imported */
  | { readonly ok: false; readonly reason: 'invalid'; readonly rejected: readonly RejectedFile[] }
  /** every file was valid, but storing some failed: which went in and which did not */
  | {
      readonly ok: false;
      readonly reason: 'write-failed';
      readonly imported: readonly ImportedMap[];
      readonly failed: readonly FailedFile[];
    };

/**
 * Imports map and template files, all or nothing as far as validity goes: every file
 * is checked first, and one invalid file (or one in `refused`, e.g. too large to read)
 * means nothing is imported. Storage failures after that are reported per file.
 */
export async function importFiles(
  sources: readonly ImportSource[],
  refused: readonly RejectedFile[] = [],
): Promise<ImportResult> {
  const valid: { name: string; map: JourneyMap }[] = [];
  const rejected: RejectedFile[] = [...refused];
  for (const source of sources) {
    const result = parseMapFile(source.content);
    if (result.ok) valid.push({ name: source.name, map: result.map });
    else
      rejected.push({ fileName: source.name, errors: result.errors, truncated: result.truncated });
  }
  if (rejected.length > 0) return { ok: false, reason: 'invalid', rejected };

  const imported: ImportedMap[] = [];
  const failed: FailedFile[] = [];
  const taken = new Set<string>();
  for (const { name, map: parsed } of valid) {
    // a template names no other map: links from the device it came from mean nothing here
    const map = parsed.kind === 'template' ? withoutMapLinks(parsed) : parsed;
    try {
      const clash = taken.has(map.id) || (await mapExists(map.id));
      const id = clash ? newId() : map.id;
      await createLocalMap(clash ? { ...map, id } : map);
      taken.add(id);
      imported.push({
        fileName: name,
        mapId: id,
        kind: map.kind,
        title: map.title,
        ...(clash ? { renamedFrom: map.id } : {}),
      });
    } catch (error) {
      failed.push({ fileName: name, error: toStorageError('write-failed', error) });
    }
  }
  return failed.length > 0
    ? { ok: false, reason: 'write-failed', imported, failed }
    : { ok: true, imported };
}
