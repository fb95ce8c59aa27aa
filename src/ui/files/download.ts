/**
 * Downloads of format v1 files, and "save as template". The JSON is exactly the
 * map (format v1), pretty-printed so files diff well in version control.
 */
import { toTemplate } from '../../model/templates';
import type { JourneyMap } from '../../model/types';
import { createLocalMap } from '../../storage';

/** A file name from the title: letters, digits and dashes; never empty. */
export function fileNameFor(map: JourneyMap): string {
  const base =
    map.title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ß/g, 'ss')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .toLowerCase()
      .slice(0, 80) || map.id;
  return `${base}.${map.kind === 'template' ? 'journey-template' : 'journey'}.json`;
}

/** The file content of a map or template. */
export function mapFileText(map: JourneyMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}

function saveFile(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // revoke later: some browsers start reading the blob after click() returns
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Downloads the map as `<title>.journey.json` (or `.journey-template.json` for a template). */
export function downloadMap(map: JourneyMap): void {
  saveFile(fileNameFor(map), mapFileText(map));
}

/**
 * Makes a template of `map` (no workshop data), keeps it in the catalog as a saved
 * template, and downloads it as `.journey-template.json`. Returns the template.
 */
export async function saveAsTemplate(map: JourneyMap): Promise<JourneyMap> {
  const template = toTemplate(map);
  await createLocalMap(template);
  downloadMap(template);
  return template;
}
