/**
 * Downloads of format v1 files from the home screen, and "save as template". The
 * bytes come from the canonical writer (src/export/json.ts) and the names from the
 * board's export, so a map downloaded here is the same file as one exported there.
 */
import { exportJson } from '../../export/json';
import { exporterOf } from '../../export/registry';
import { toTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { createLocalMap } from '../../storage';
import { download, fileStem } from '../export/formats';

/** `<title>.journey.json`, or `<title>.journey-template.json` for a template. */
export function fileNameFor(map: JourneyMap): string {
  return exporterOf('json').fileName(fileStem(map.title), map, {});
}

/** Downloads the map (or template) as its format v1 file. */
export function downloadMap(map: JourneyMap): void {
  download({
    name: fileNameFor(map),
    blob: new Blob([exportJson(map)], { type: 'application/json' }),
  });
}

/**
 * Makes a template of `map` (no workshop data, no links to other maps), keeps it in
 * the catalog as a saved template, and downloads it as `.journey-template.json`.
 */
export async function saveAsTemplate(map: JourneyMap): Promise<JourneyMap> {
  const template = toTemplate(map);
  await createLocalMap(template);
  downloadMap(template);
  return template;
}
