/**
 * Steps of the big-map browser benchmark (bench/bigmap-browser.ts) that drive a
 * Playwright page: contexts with the page probes installed, timed opens, the
 * scripted pan/zoom, and the V8 profiler around an action.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext } from '../../e2e/harness/browser';
import { interactiveProbe, socketArrivalProbe, startFrameRecorder } from './pageProbes';
import { topFunctions, withSources, type CpuProfile, type HotFunction } from './profile';
import { sleep } from './stats';

/**
 * A fresh browser profile with the page probes, and the test hook unless `testHook`
 * is false (a user's page has none: the hook's chunks load before the first render).
 */
export async function benchContext(
  browser: Browser,
  name: string,
  { testHook = true }: { testHook?: boolean } = {},
): Promise<BrowserContext> {
  // a display name up front: no "join the workshop" prompt over the board
  const context = await newContext(browser, { name });
  // tsx (esbuild keepNames) wraps functions in __name(); the page needs it for serialised probes
  await context.addInitScript('window.__name = (f) => f;');
  if (testHook)
    await context.addInitScript(() => {
      (window as unknown as { __JOURNEYBOARD_TEST__: boolean }).__JOURNEYBOARD_TEST__ = true;
    });
  await context.addInitScript(interactiveProbe);
  await context.addInitScript(socketArrivalProbe);
  return context;
}

/** Where one open spent its time: ms from navigation start to each step of opening a map. */
export interface OpenTiming {
  readonly nodes: number;
  readonly interactive: number;
  /** `jb:open:<step>` marks of src/app/openMap.ts (start, stored, connection, snapshot, ready) */
  readonly marks: Record<string, number>;
  /** when the relay's biggest sync step 2 (its content) arrived, and its size */
  readonly content: { at: number; bytes: number } | null;
}

/** Navigates (or reloads) and returns ms from navigation start to a focusable card. */
export async function timeToInteractive(
  page: Page,
  go: () => Promise<unknown>,
): Promise<OpenTiming> {
  await go();
  await page.waitForFunction(() => window.__bench?.interactiveAt != null, undefined, {
    timeout: 180_000,
    polling: 100,
  });
  return page.evaluate(() => ({
    nodes: window.__bench!.nodesAt!,
    interactive: window.__bench!.interactiveAt!,
    marks: Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('jb:open:'))
        .map((m) => [m.name.slice('jb:open:'.length), Math.round(m.startTime)]),
    ),
    content: window.__bench!.step2In.reduce<{ at: number; bytes: number } | null>(
      (big, f) => (!big || f.bytes > big.bytes ? f : big),
      null,
    ),
  }));
}

/**
 * The phases of an open (ms), from its marks: boot (navigation → the app starts
 * opening the map), load (local storage into the doc, nothing on a first visit),
 * connect (choosing the relay, catalog), content (waiting for the relay's content
 * on a first visit, then the snapshot; `contentFrameIn`: until that frame arrived),
 * render (ready → a card is shown, focusable, and painted).
 */
export function openPhases(t: OpenTiming): Record<string, number> | null {
  const { start, stored, connection, ready } = t.marks;
  if (start === undefined || stored === undefined || connection === undefined || !ready)
    return null;
  const ms = (v: number) => Math.round(v);
  // a first visit waits for the relay's content: how long until its frame came in
  const arrived = t.content && t.content.bytes > 10_000 ? t.content.at : null;
  return {
    boot: ms(start),
    load: ms(stored - start),
    connect: ms(connection - stored),
    content: ms(ready - connection),
    ...(arrived !== null ? { contentFrameIn: ms(arrived - connection) } : {}),
    render: ms(t.interactive - ready),
  };
}

/** Runs `action` under the V8 sampling profiler; returns the top functions by self time. */
export async function profiled(
  page: Page,
  action: () => Promise<void>,
  save: string,
  assets: string,
): Promise<HotFunction[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await action();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  writeFileSync(save, JSON.stringify(profile));
  await cdp.detach();
  return withSources(topFunctions(profile), assets);
}

/** 2.5 s of drag-panning, then 2.5 s of wheel zoom in and out, over the board's pane. */
export async function panAndZoom(page: Page, seconds: number): Promise<void> {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  const half = (seconds * 1000) / 2;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  const t0 = Date.now();
  while (Date.now() - t0 < half) {
    const a = ((Date.now() - t0) / half) * Math.PI * 2;
    await page.mouse.move(cx + Math.sin(a) * 300, cy + Math.sin(a * 2) * 150);
  }
  await page.mouse.up();
  const t1 = Date.now();
  let step = 0;
  while (Date.now() - t1 < half) {
    await page.mouse.wheel(0, step++ % 20 < 10 ? -60 : 60);
    await sleep(16);
  }
}

/** rAF deltas (ms) while `action` runs. */
export async function framesDuring(page: Page, action: () => Promise<void>): Promise<number[]> {
  await page.evaluate(startFrameRecorder);
  await action();
  return page.evaluate(() => {
    window.__bench!.recording = false;
    return window.__bench!.frames;
  });
}

/** Cards whose text is fully inside the viewport, so typing and painting are real. */
export function visibleCardIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('.react-flow__node [data-card-id]')) {
      const r = el.getBoundingClientRect();
      if (
        r.top > 80 &&
        r.left > 40 &&
        r.bottom < innerHeight - 40 &&
        r.right < innerWidth - 40 &&
        r.width > 60
      )
        ids.push(el.dataset.cardId!);
    }
    return ids;
  });
}

/** The first card fully visible on every page and not in `skip`. */
export async function visibleCardId(pages: Page[], skip: string[] = []): Promise<string> {
  const lists = await Promise.all(pages.map(visibleCardIds));
  const id = lists[0]!.find((c) => !skip.includes(c) && lists.every((l) => l.includes(c)));
  if (!id) throw new Error('no card fully visible on the board');
  return id;
}

/**
 * Splits each keystroke → peer latency at the moment its update frame reached the
 * peer's socket: the first frame after the send (frames come in order, so the
 * k-th edit's frame is the first one not already claimed by an earlier edit).
 */
export function splitPeerLatency(
  sent: readonly { at: number }[],
  painted: readonly (number | null)[],
  frames: readonly number[],
): { relay: number[]; page: number[] } {
  const relay: number[] = [];
  const page: number[] = [];
  let next = 0;
  sent.forEach((s, i) => {
    while (next < frames.length && frames[next]! < s.at) next++;
    const frame = frames[next];
    const at = painted[i];
    if (frame === undefined || at === null || at === undefined || frame > at) return;
    next++;
    relay.push(frame - s.at);
    page.push(at - frame);
  });
  return { relay, page };
}
