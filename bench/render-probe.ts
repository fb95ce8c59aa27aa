/**
 * What the render phase of a cold open (openMap ready → a card painted, issue 18) is
 * made of, without a profiler's overhead: React commits (through a stand-in for the
 * React DevTools hook, which React calls on every commit, production builds too) with
 * their times and fiber counts, the requests the page starts in that window (lazy
 * chunks, pictures), long tasks, and the DOM's size at the first card.
 *
 *   BENCH_DIST_DIR=<build> node --import tsx bench/render-probe.ts [rounds]
 *
 * Not part of `npm run bench`: a tool for reading one phase, no figures with goals.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness/browser';
import { benchContext, openPhases, timeToInteractive } from './lib/browserSteps';
import { startOurs } from './lib/servers';
import { editLinkUrl, pushOpenMaps } from './lib/openMaps';

interface Fiber {
  child: Fiber | null;
  sibling: Fiber | null;
}
interface ProbeWindow {
  __commits?: { at: number; fibers: number }[];
}

/** Init script: a minimal DevTools hook that notes each commit's time and tree size. */
function commitProbe(): void {
  const w = window as unknown as ProbeWindow & Record<string, unknown>;
  const commits: { at: number; fibers: number }[] = (w.__commits = []);
  const size = (root: Fiber | null): number => {
    let n = 0;
    const stack: Fiber[] = root ? [root] : [];
    while (stack.length) {
      const f = stack.pop()!;
      n++;
      if (f.sibling) stack.push(f.sibling);
      if (f.child) stack.push(f.child);
    }
    return n;
  };
  w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject: () => 1,
    checkDCE: () => undefined,
    onScheduleFiberRoot: () => undefined,
    onCommitFiberUnmount: () => undefined,
    onPostCommitFiberRoot: () => undefined,
    onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
      commits.push({ at: Math.round(performance.now()), fibers: size(root.current) });
    },
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      commits.push({ at: -Math.round(e.startTime), fibers: -Math.round(e.duration) });
  }).observe({ type: 'longtask', buffered: true });
}

async function main(): Promise<void> {
  const rounds = Number(process.argv[2] ?? 3);
  const dist = process.env.BENCH_DIST_DIR;
  if (!dist) throw new Error('BENCH_DIST_DIR: a prebuilt app');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-render-probe-'));
  const relay = await startOurs({ env: { DIST_DIR: dist } });
  const browser = await launchBrowser();
  try {
    const maps = await pushOpenMaps(relay, tmp);
    for (let r = 0; r < rounds; r++)
      for (const map of maps) {
        const url = await editLinkUrl(relay, map.id);
        const context = await benchContext(browser, 'Bench cold', { testHook: false });
        await context.addInitScript(commitProbe);
        const page = await context.newPage();
        const t = await timeToInteractive(page, () => page.goto(url, { waitUntil: 'commit' }));
        const ready = t.marks.ready!;
        const seen = await page.evaluate(
          ({ from, to }) => ({
            events: ((window as unknown as ProbeWindow).__commits ?? []).filter(
              (c) => Math.abs(c.at) >= from - 50 && Math.abs(c.at) <= to,
            ),
            requests: performance
              .getEntriesByType('resource')
              .filter((e) => e.startTime >= from && e.startTime <= to)
              .map((e) => `${e.name.replace(/^.*\//, '')} @${Math.round(e.startTime)}`),
            dom: document.querySelectorAll('*').length,
          }),
          { from: ready, to: t.interactive },
        );
        console.log(
          `\n== ${map.id} ${r + 1}: interactive ${Math.round(t.interactive)}, ready ${ready}, card shown ${Math.round(t.nodes)}`,
          openPhases(t),
        );
        console.log(
          '  commits (ms after ready: fibers) / long tasks [start: duration]:',
          seen.events
            .map((c) =>
              c.at >= 0 ? `${c.at - ready}:${c.fibers}` : `[${-c.at - ready}:${-c.fibers}]`,
            )
            .join(' '),
        );
        console.log(`  requests: ${seen.requests.join(', ') || 'none'}; DOM elements ${seen.dom}`);
        await context.close();
      }
  } finally {
    await browser.close().catch(() => undefined);
    await relay.stop();
    rmSync(tmp, { recursive: true, force: true });
  }
}

void main();
