/**
 * The layer rules of eslint.config.js, checked on small made-up files: each
 * forbidden import (including the bypasses: bare `lib0`, `../../doc` from a
 * nested folder) is reported, and the allowed ones are not.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The rule ids ESLint reports for `code` as if it were the file `path`. */
async function violations(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport {};\n`, { filePath: `${ROOT}${path}` });
  return (result?.messages ?? [])
    .map((m) => m.ruleId ?? m.message)
    .filter((rule) => rule.startsWith('no-restricted'));
}

const cases: [path: string, code: string, forbidden: boolean][] = [
  // model: pure
  ['src/model/x.ts', "import * as Y from 'yjs';", true],
  ['src/model/x.ts', "import { encoding } from 'lib0';", true],
  ['src/model/schema/x.ts', "import { exportMap } from '../../doc';", true],
  ['src/model/schema/x.ts', "import { object } from '../schema/core';", false],
  ['src/model/x.ts', 'export const w = window.innerWidth;', true],
  ['src/model/x.ts', "export const v = localStorage.getItem('a');", true],
  ['src/model/x.ts', "import type { Id } from './types';", false],
  // doc: Yjs yes, React and DOM no; its own export.ts is fine
  ['src/doc/x.ts', "import * as Y from 'yjs';", false],
  ['src/doc/x.ts', "import { exportMap } from './export';", false],
  ['src/doc/workshop/x.ts', "import { json } from '../../export/json';", true],
  ['src/doc/x.ts', "import { useState } from 'react';", true],
  ['src/doc/x.ts', 'export const d = document.title;', true],
  // storage and sync: no React, no UI layers
  ['src/storage/x.ts', "import { create } from 'zustand';", true],
  ['src/sync/x.ts', "import { createStore } from 'zustand/vanilla';", false],
  ['src/sync/presence/x.ts', "import { t } from '../../i18n';", true],
  ['src/storage/x.ts', "import { ReactFlow } from '@xyflow/react';", true],
  ['src/storage/x.ts', "import Dexie from 'dexie';", false],
  // app and cli: no Yjs directly
  ['src/app/x.ts', "import * as Y from 'yjs';", true],
  ['src/app/x.ts', "import type { Doc } from 'yjs';", true],
  ['src/cli/commands/x.ts', "import { WebsocketProvider } from 'y-websocket';", true],
  ['src/cli/commands/x.ts', "import { exportMap } from '../../doc';", false],
  // canvas: session and i18n below it, never ui above it (no exception)
  ['src/canvas/nodes/x.ts', "import { useUi } from '../../session/uiStore';", false],
  ['src/canvas/x.ts', "import { t } from '../i18n';", false],
  ['src/canvas/x.ts', "import { Panel } from '../ui/panels/Panel';", true],
  ['src/canvas/x.ts', "import { WorkshopBar } from '../ui/workshop';", true],
  ['src/canvas/nodes/x.ts', "import { t } from '../../ui/i18n';", true],
  // session and i18n: below the views
  ['src/session/x.ts', "import { Board } from '../canvas/Board';", true],
  ['src/session/x.ts', "import { Toolbar } from '../ui/board/Toolbar';", true],
  ['src/i18n/x.ts', "import { useUi } from '../session/uiStore';", true],
  ['src/i18n/x.ts', "import type { DocErrorCode } from '../doc';", false],
  ['src/doc/x.ts', "import { t } from '../i18n';", true],
  ['src/canvas/x.ts', "import * as Y from 'yjs';", true],
  // the relay: its own storage.ts is fine, the browser's storage/ is not
  ['server/x.ts', "import { open } from './storage';", false],
  ['server/x.ts', "import { storage } from '../src/storage';", true],
];

describe('layer rules (eslint.config.js)', () => {
  it.each(cases)('%s: %s → forbidden %s', async (path, code, forbidden) => {
    const found = await violations(path, code);
    expect(found.length > 0).toBe(forbidden);
  });
});
