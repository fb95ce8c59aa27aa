/**
 * Finds where a JSON text breaks, with line and column. JSON.parse messages
 * differ between engines and often lack a position, so when it fails we rescan
 * the text with this small grammar walker (iterative: deep nesting is no risk).
 */

export interface JsonSyntaxError {
  /** UTF-16 offset of the problem */
  readonly offset: number;
  /** 1-based */
  readonly line: number;
  /** 1-based, in UTF-16 units */
  readonly column: number;
  readonly message: string;
}

type State = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

const WS = new Set([' ', '\t', '\n', '\r']);
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

function describeChar(c: string): string {
  if (c === '\n') return 'a line break';
  const code = c.charCodeAt(0);
  if (code < 0x20) return `control character U+${code.toString(16).padStart(4, '0')}`;
  return JSON.stringify(c);
}

/** Line and column (1-based) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

type Scan = number | { offset: number; message: string };

function scanString(text: string, start: number): Scan {
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') return i + 1;
    if (c === '\\') {
      const e = text[i + 1];
      if (e === undefined) break;
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return { offset: i, message: 'a \\u escape needs four hex digits' };
        i += 5;
      } else if (ESCAPES.has(e)) {
        i++;
      } else {
        return {
          offset: i,
          message: `${JSON.stringify('\\' + e)} is not a valid escape in a string`,
        };
      }
    } else if (c.charCodeAt(0) < 0x20) {
      return {
        offset: i,
        message: `${describeChar(c)} inside a string (write line breaks as \\n)`,
      };
    }
  }
  return { offset: text.length, message: 'the file ends inside a string (it looks truncated)' };
}

function scanScalar(text: string, i: number): Scan {
  const c = text[i] ?? '';
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return NUMBER.lastIndex;
    return { offset: i, message: 'malformed number' };
  }
  for (const word of ['true', 'false', 'null']) {
    if (text.startsWith(word, i)) return i + word.length;
  }
  return { offset: i, message: `unexpected ${describeChar(c)} where a value should start` };
}

/** Returns the first syntax error of `text`, or null when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  const stack: ('{' | '[')[] = [];
  let state: State = 'value';
  let i = 0;
  const fail = (offset: number, message: string): JsonSyntaxError => ({
    offset,
    ...lineColumn(text, offset),
    message,
  });
  for (;;) {
    while (i < text.length && WS.has(text[i] ?? '')) i++;
    if (i >= text.length) {
      if (state === 'after' && stack.length === 0) return null;
      return fail(i, 'the file ends too early (it looks truncated)');
    }
    const c = text[i] ?? '';
    const top = stack[stack.length - 1];
    if ((state === 'valueOrClose' && c === ']') || (state === 'keyOrClose' && c === '}')) {
      stack.pop();
      i++;
      state = 'after';
    } else if (state === 'value' || state === 'valueOrClose') {
      if (c === '{' || c === '[') {
        stack.push(c);
        i++;
        state = c === '{' ? 'keyOrClose' : 'valueOrClose';
      } else {
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.message);
        i = end;
        state = 'after';
      }
    } else if (state === 'key' || state === 'keyOrClose') {
      if (c !== '"')
        return fail(i, `expected a property name in double quotes, found ${describeChar(c)}`);
      const end = scanString(text, i);
      if (typeof end !== 'number') return fail(end.offset, end.message);
      i = end;
      state = 'colon';
    } else if (state === 'colon') {
      if (c !== ':') return fail(i, `expected ':' after a property name, found ${describeChar(c)}`);
      i++;
      state = 'value';
    } else if (top === undefined) {
      return fail(i, `unexpected ${describeChar(c)} after the end of the JSON value`);
    } else if (c === ',') {
      i++;
      state = top === '{' ? 'key' : 'value';
    } else if ((top === '{' && c === '}') || (top === '[' && c === ']')) {
      stack.pop();
      i++;
    } else {
      const closer = top === '{' ? "'}'" : "']'";
      return fail(i, `expected ',' or ${closer}, found ${describeChar(c)}`);
    }
  }
}
