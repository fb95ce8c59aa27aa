/**
 * The stage of a spec around one map: the relay (with `map` stored in it) and
 * Chromium for the whole file, torn down after it, and people who open the map with
 * a token. Call at the top of a spec file: it registers its own beforeAll/afterAll.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import type { JourneyMap } from '../../src/model/types';
import { watchErrors } from './browser';
import { personContext, seedRoom } from './field';
import type { RelayProcess } from './relay';
import { closeStage, startStage, type Stage } from './stage';

export interface MapStage {
  /** the running relay (only inside tests: it starts in beforeAll) */
  readonly relay: RelayProcess;
  /**
   * A person (own context) on the map with `token`, once the board shows cards;
   * `prepare` runs on the context before the page opens (init scripts).
   */
  open(
    name: string,
    token: string,
    prepare?: (context: BrowserContext) => Promise<unknown>,
  ): Promise<{ page: Page; errors: string[] }>;
}

export function mapStage(map: JourneyMap): MapStage {
  let stage: Stage | undefined;
  const contexts: BrowserContext[] = [];
  const started = (): Stage => {
    if (!stage) throw new Error('the stage starts in beforeAll: use it inside a test');
    return stage;
  };
  beforeAll(async () => {
    stage = await startStage();
    await seedRoom(stage.relay, map);
  }, 120_000);
  afterAll(() => closeStage(contexts, stage?.browser, stage?.relay));
  return {
    get relay() {
      return started().relay;
    },
    async open(name, token, prepare) {
      const { browser, relay } = started();
      const context = await personContext(browser, name);
      contexts.push(context);
      await prepare?.(context);
      const page = await context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${relay.url}/map/${map.id}?t=${encodeURIComponent(token)}`);
      await page.waitForSelector('.react-flow__node', { timeout: 60_000 });
      return { page, errors };
    },
  };
}
