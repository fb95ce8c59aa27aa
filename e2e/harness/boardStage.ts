/**
 * The stage of the single-user board specs: the relay and Chromium of `startStage`,
 * one context with the test hook (English UI or `locale`) and one page on it,
 * watched for errors.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { BoardPage, enableTestHook } from './board';
import { newContext, watchErrors } from './browser';
import { closeStage, startStage, type Stage } from './stage';

export interface BoardStage extends Stage {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly board: BoardPage;
  /** console and page errors of `page` */
  readonly errors: string[];
}

export async function openBoardStage(locale?: string): Promise<BoardStage> {
  const stage = await startStage();
  const context = await newContext(stage.browser, locale ? { locale } : {});
  await enableTestHook(context);
  const page = await context.newPage();
  return { ...stage, context, page, board: new BoardPage(page), errors: watchErrors(page) };
}

/** Closes what `openBoardStage` opened (nothing when it never started). */
export function closeBoardStage(stage: BoardStage | undefined): Promise<void> {
  return closeStage(stage ? [stage.context] : [], stage?.browser, stage?.relay);
}
