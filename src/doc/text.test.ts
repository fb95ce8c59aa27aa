import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyTextDiff, rebaseText } from './text';

function edit(from: string, to: string): { result: string; ops: number } {
  const doc = new Y.Doc();
  const text = doc.getText('t');
  text.insert(0, from);
  let ops = 0;
  text.observe((e) => (ops += e.delta.filter((d) => d.retain === undefined).length));
  doc.transact(() => applyTextDiff(text, to));
  return { result: text.toString(), ops };
}

describe('applyTextDiff', () => {
  it.each([
    ['', 'abc'],
    ['abc', ''],
    ['hello world', 'hello brave world'],
    ['hello world', 'hello'],
    ['aaaa', 'aaaaa'],
    ['abc', 'xyz'],
    ['smile 😀 here', 'smile 😃 here'],
    ['😀', '😀😀'],
  ])('%j -> %j', (from, to) => {
    expect(edit(from, to).result).toBe(to);
  });

  it('touches only the changed middle', () => {
    expect(edit('hello world', 'hello brave world').ops).toBe(1);
    expect(edit('same', 'same').ops).toBe(0);
  });

  it('never splits a surrogate pair', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, '😀');
    const inserted: string[] = [];
    text.observe((e) =>
      e.delta.forEach((d) => typeof d.insert === 'string' && inserted.push(d.insert)),
    );
    applyTextDiff(text, '😃');
    expect(inserted).toEqual(['😃']);
  });
});

describe('rebaseText', () => {
  it.each([
    // [base, local, remote, merged]
    ['hello world', 'hello brave world', 'hello world!', 'hello brave world!'],
    ['hello world', 'hello world!', 'Oh hello world', 'Oh hello world!'],
    ['abc', 'abc', 'abXc', 'abXc'],
    ['abc', 'aYbc', 'abc', 'aYbc'],
    ['same', 'same!', 'same!', 'same!'],
    // both inserted at one place: the local text comes first
    ['ab', 'aLb', 'aRb', 'aLRb'],
    // both changed one stretch: the local version wins there, the rest stays
    ['one two three', 'one 2 three', 'one TWO three', 'one 2 three'],
    ['one two three', 'one 2 three', 'one TWOO three', 'one 2 three'],
    ['😀 x', '😃 x', '😀 xy', '😃 xy'],
  ])('%j + local %j + remote %j', (base, local, remote, merged) => {
    expect(rebaseText(base, local, remote)).toBe(merged);
  });
});
