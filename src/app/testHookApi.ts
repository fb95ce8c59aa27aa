/**
 * The test hook's contents (see testHook.ts): every document command, the standard
 * template and local map creation. Loaded only when the hook is enabled, so a
 * production page never downloads the whole document API for it.
 */
import * as commands from '../doc';
import { standardTemplate } from '../model/templates';
import { createLocalMap } from '../storage/localMaps';
import { startWorkshopTimer } from '../doc/workshop';
import { createUiStore } from '../session/uiStore';
import { navigate } from './router';
import type { JourneyboardTestHook } from './testHook';

export function createTestHook(): JourneyboardTestHook {
  return {
    session: null,
    commands,
    ui: createUiStore(),
    navigate,
    createLocalMap,
    standardTemplate,
    startWorkshopTimer,
  };
}
