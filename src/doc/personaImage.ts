/** The persona's picture (model/personaImage.ts): set or remove it, checked first. */
import type * as Y from 'yjs';
import { checkPersonaImage, PERSONA_IMAGE_KEY } from '../model/personaImage';
import { invalid } from './errors';
import { updatePersona } from './meta';

/**
 * Sets the persona's picture (a data URL the rules accept) or removes it with
 * `null`; one undo step. Refused (DocError `invalid`) without a persona or for a
 * value that is no valid picture, so a bad file never reaches the map.
 */
export function setPersonaImage(doc: Y.Doc, dataUrl: string | null): void {
  if (dataUrl !== null) {
    const problem = checkPersonaImage(dataUrl);
    if (problem) throw invalid(`persona picture: ${problem}`);
  }
  updatePersona(doc, { [PERSONA_IMAGE_KEY]: dataUrl ?? undefined });
}
