/**
 * Reading a `.journey.json` / `.journey-template.json` file: size limit before
 * parsing, JSON syntax errors with line and column, then `validateMap`.
 */
import { findJsonSyntaxError } from './jsonSyntax';
import { validateMap } from './validation';
import type { ValidationResult } from './validation';

import { MAX_FILE_BYTES } from './fileLimits';

export { MAX_FILE_BYTES };

/** UTF-8 size of a string without allocating its encoding. */
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // a surrogate half counts 2: a pair makes the 4 bytes of one astral character
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

function refuse(message: string): ValidationResult {
  return { ok: false, errors: [{ path: '', message }], truncated: false };
}

function tooLarge(bytes: number): ValidationResult {
  const mib = (bytes / 1024 / 1024).toFixed(1);
  return refuse(`the file is ${mib} MiB; files over 50 MiB are refused`);
}

/**
 * Parses and validates the text (or UTF-8 bytes) of a map or template file.
 * Never throws for bad input: every problem comes back as a validation error.
 */
export function parseMapFile(input: string | Uint8Array): ValidationResult {
  let text: string;
  if (typeof input === 'string') {
    // the exact count is needed only when the UTF-16 length does not decide it
    if (input.length > MAX_FILE_BYTES) return tooLarge(input.length);
    if (input.length * 3 > MAX_FILE_BYTES) {
      const bytes = utf8Length(input);
      if (bytes > MAX_FILE_BYTES) return tooLarge(bytes);
    }
    text = input;
  } else {
    if (input.byteLength > MAX_FILE_BYTES) return tooLarge(input.byteLength);
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      return refuse('the file is not valid UTF-8 text');
    }
  }
  // a byte-order mark is harmless; some editors on Windows add one
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return refuse('the file is empty');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const where = findJsonSyntaxError(text);
    const detail =
      where === null
        ? error instanceof Error
          ? error.message
          : String(error)
        : `${where.message} at line ${where.line}, column ${where.column}`;
    return refuse(`the file is not valid JSON: ${detail}`);
  }
  return validateMap(value);
}
