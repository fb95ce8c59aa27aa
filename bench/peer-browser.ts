/**
 * Edits reaching a peer's paint on the big map (issue 18), on their own and cheaper
 * than the whole `bigmap-browser`: two browser profiles (A types, B watches) on the
 * 2,000-card map pushed into a relay serving a build of the app.
 *
 *  - edit → peer: keystroke-sized `setCardText` writes in A, each timed until B
 *    painted it, split where its update frame reached B's socket (relay leg / peer page);
 *  - typing → peer: real keystrokes in A's card editor until B painted them;
 *  - keystroke → paint in A's editor (must stay < 50 ms while the editor writes sooner);
 *  - where B's main thread goes per remote edit: CDP `Performance.getMetrics` before and
 *    after the edits (script, style, layout, the rest of the task time: paint, IndexedDB,
 *    GC) and the top functions of a CPU profile of B, and of A while it types (typistProfile).
 *
 * `BENCH_BASELINE_DIST_DIR=<folder>` (a build of an older commit) measures that build
 * too, in the same run, the order turning each round: before/after as a ratio.
 * `BENCH_DIST_DIR` names a prebuilt folder for the current build.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../e2e/harness/browser';
import { run as push } from '../src/cli/commands/push';
import { exportJson } from '../src/export/json';
import { buildApp, type AppBuild } from './bundle';
import { bigMap } from './fixtures/bigMap';
import {
  benchContext,
  profiled,
  splitPeerLatency,
  timeToInteractive,
  visibleCardId,
} from './lib/browserSteps';
import { inputClock, keyPaintRecorder, peerTextRecorder } from './lib/pageProbes';
import { openEditor, paintedAt, writeEdits } from './lib/peerEdits';
import type { HotFunction } from './lib/profile';
import { tracePage, type PageTrace } from './lib/pageTrace';
import { figure, skipped, type Benchmark } from './lib/result';
import { startOurs, type OurRelay } from './lib/servers';
import { median, round, sleep, summarize } from './lib/stats';

const TYPING_DELAY_MS = 60;
const PROFILE_DIR = join(tmpdir(), 'journeyboard-bench-profiles');

interface Round {
  editToPeer: number[];
  relayLeg: number[];
  peerPage: number[];
  typingToPeer: number[];
  keyToPaint: number[];
  /** B's main thread per remote edit (ms), from Performance.getMetrics */
  perEdit: Record<string, number>;
}

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

/** Cumulative main-thread times of `page` (ms) from one CDP session kept open. */
async function mainThreadClock(page: Page): Promise<() => Promise<Record<string, number>>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(
      metrics.filter((m) => METRICS.includes(m.name)).map((m) => [m.name, m.value * 1000]),
    );
  };
}

/** One round against one relay (one build): fresh profiles A and B. */
async function measure(
  browser: Browser,
  url: string,
  keys: number,
  profile: { save: string; assets: string } | null,
  trace: boolean,
): Promise<{
  round: Round;
  profile: HotFunction[] | null;
  typistProfile: HotFunction[] | null;
  traces: Traces | null;
  errors: string[];
}> {
  const errors: string[] = [];
  const ctxA = await benchContext(browser, 'Bench A');
  const ctxB = await benchContext(browser, 'Bench B');
  try {
    const pageA = await ctxA.newPage();
    const pageB = await ctxB.newPage();
    pageA.on('pageerror', (e) => errors.push(e.message));
    pageB.on('pageerror', (e) => errors.push(`B: ${e.message}`));
    await timeToInteractive(pageA, () => pageA.goto(url, { waitUntil: 'commit' }));
    await timeToInteractive(pageB, () => pageB.goto(url, { waitUntil: 'commit' }));
    await sleep(2000); // both stored the map and the catalog row settled
    const typed = 'Schnell tippen über große Karten '.repeat(3).slice(0, keys);

    // keystroke → paint in A's editor
    const typedId = await visibleCardId([pageA, pageB]);
    await openEditor(pageA, typedId);
    await pageA.evaluate(keyPaintRecorder);
    await pageA.keyboard.type(typed, { delay: TYPING_DELAY_MS });
    const keyToPaint = await pageA.evaluate(() => window.__bench!.keys);
    await pageA.keyboard.press('Escape');

    // edit → peer, with B's main thread time around it
    const peerId = await visibleCardId([pageB, pageA], [typedId]);
    const base = await pageA.evaluate(
      (id) => window.__journeyboard!.session!.store.getSnapshot().cards.get(id)?.text ?? '',
      peerId,
    );
    await pageB.evaluate(peerTextRecorder, peerId);
    await pageB.evaluate(() => (window.__bench!.socketIn = []));
    const texts = Array.from({ length: keys }, (_, k) => `${base} ${typed.slice(0, k + 1)}`);
    const mainThread = await mainThreadClock(pageB);
    const before = await mainThread();
    const sent = await writeEdits(pageA, peerId, texts);
    await sleep(1500);
    const after = await mainThread();
    const perEdit = Object.fromEntries(
      METRICS.map((m) => [m, round(((after[m] ?? 0) - (before[m] ?? 0)) / keys, 2) ?? 0]),
    );
    const painted = paintedAt(await pageB.evaluate(() => window.__bench!.peer), texts);
    const editToPeer = painted.flatMap((at, i) => (at === null ? [] : [at - sent[i]!]));
    const legs = splitPeerLatency(
      sent.map((at) => ({ at })),
      painted,
      await pageB.evaluate(() => window.__bench!.socketIn),
    );
    let top: HotFunction[] | null = null;
    let typistTop: HotFunction[] | null = null;
    if (profile) {
      const more = Array.from({ length: 20 }, (_, k) => `${base} profile ${k}`);
      const edits = async () => void (await writeEdits(pageA, peerId, more));
      top = await profiled(pageB, edits, profile.save, profile.assets);
      await openEditor(pageA, typedId);
      await pageA.keyboard.press('End');
      const keysTyped = async () => {
        await pageA.keyboard.type(typed.slice(0, 20), { delay: TYPING_DELAY_MS });
        await sleep(300);
      };
      const typistSave = profile.save.replace(/\.cpuprofile$/, '-typist.cpuprofile');
      typistTop = await profiled(pageA, keysTyped, typistSave, profile.assets);
      await pageA.keyboard.press('Escape');
    }
    let traces: Traces | null = null;
    if (trace) {
      const more = Array.from({ length: 20 }, (_, k) => `${base} traced ${k}`);
      const peerPerEdit = await tracePage(browser, pageB, more.length, async () => {
        await writeEdits(pageA, peerId, more);
        await sleep(500);
      });
      await openEditor(pageA, typedId);
      await pageA.keyboard.press('End');
      const typistPerKey = await tracePage(browser, pageA, 20, async () => {
        await pageA.keyboard.type(typed.slice(0, 20), { delay: TYPING_DELAY_MS });
        await sleep(500);
      });
      await pageA.keyboard.press('Escape');
      traces = { peerPerEdit, typistPerKey };
    }

    // typing → peer: real keystrokes in A's editor
    await pageB.evaluate(peerTextRecorder, peerId);
    await openEditor(pageA, peerId);
    await pageA.keyboard.press('End');
    await pageA.evaluate(inputClock);
    await pageA.keyboard.type(` ${typed}`, { delay: TYPING_DELAY_MS });
    await sleep(1500);
    await pageA.keyboard.press('Escape');
    const inputs = await pageA.evaluate(() => window.__bench!.inputs);
    const typedPainted = paintedAt(
      await pageB.evaluate(() => window.__bench!.peer),
      inputs.map((i) => i.text),
    );
    const typingToPeer = typedPainted.flatMap((at, i) => (at === null ? [] : [at - inputs[i]!.at]));
    return {
      round: {
        editToPeer,
        relayLeg: legs.relay,
        peerPage: legs.page,
        typingToPeer,
        keyToPaint,
        perEdit,
      },
      profile: top,
      typistProfile: typistTop,
      traces,
      errors,
    };
  } finally {
    await ctxA.close();
    await ctxB.close();
  }
}

/** Chrome traces: B per remote edit, A per keystroke in the editor (ms each). */
interface Traces {
  peerPerEdit: PageTrace;
  typistPerKey: PageTrace;
}

interface Target {
  readonly label: 'current' | 'baseline';
  readonly dist: string;
  relay?: OurRelay;
  url?: string;
  rounds: Round[];
  traces?: Traces | null;
}

/** Pooled percentiles over rounds, and the median per-edit main-thread times. */
function pooled(rounds: readonly Round[]) {
  const all = (k: Exclude<keyof Round, 'perEdit'>) => summarize(rounds.flatMap((r) => r[k]));
  return {
    editToPeer: all('editToPeer'),
    relayLeg: all('relayLeg'),
    peerPage: all('peerPage'),
    typingToPeer: all('typingToPeer'),
    keyToPaint: all('keyToPaint'),
    peerMainThreadPerEditMs: Object.fromEntries(
      METRICS.map((m) => [m, round(median(rounds.map((r) => r.perEdit[m] ?? 0)), 2)]),
    ),
  };
}

export const peerBrowser: Benchmark = {
  name: 'peer-browser',
  title: 'Edits and typing reaching a peer on the big map (2,000 cards), headless Chromium',
  async run({ quick, log }) {
    const given = process.env.BENCH_DIST_DIR;
    const build: AppBuild | null = given ? null : buildApp(log);
    const targets: Target[] = [{ label: 'current', dist: given ?? build!.dir, rounds: [] }];
    const baseline = process.env.BENCH_BASELINE_DIST_DIR;
    if (baseline) targets.push({ label: 'baseline', dist: baseline, rounds: [] });
    const map = quick ? bigMap({ phases: 8, cards: 200 }) : bigMap();
    const keys = quick ? 10 : 40;
    const roundCount = quick ? 1 : 3;
    const tmp = mkdtempSync(join(tmpdir(), 'bench-peer-'));
    mkdirSync(PROFILE_DIR, { recursive: true });
    let browser: Browser | null = null;
    const errors: string[] = [];
    let profile: HotFunction[] | null = null;
    let typistProfile: HotFunction[] | null = null;
    try {
      for (const t of targets)
        if (!existsSync(join(t.dist, 'index.html')))
          return skipped('peer-browser', `${t.dist}/index.html is missing`);
      writeFileSync(join(tmp, 'big.journey.json'), exportJson(map));
      for (const t of targets) {
        t.relay = await startOurs({ env: { DIST_DIR: t.dist } });
        const out: string[] = [];
        const relayUrl = t.relay.providerUrl.replace(/\/sync$/, '');
        const code = await push(
          ['big.journey.json', '--relay', relayUrl, '--token', t.relay.token],
          {
            cwd: tmp,
            stdout: (s) => out.push(s),
            stderr: (s) => out.push(s),
          },
        );
        if (code !== 0) return skipped('peer-browser', `journey push failed: ${out.join('')}`);
        t.url = `${t.relay.httpUrl}/map/${map.id}?t=${encodeURIComponent(t.relay.token)}`;
      }
      browser = await launchBrowser();
      for (let r = 0; r < roundCount; r++) {
        const order = r % 2 === 0 ? targets : [...targets].reverse();
        for (const t of order) {
          const save =
            r === 0 && t.label === 'current'
              ? { save: join(PROFILE_DIR, 'peer-page.cpuprofile'), assets: join(t.dist, 'assets') }
              : null;
          const got = await measure(browser, t.url!, keys, save, r === 0);
          if (save) ({ profile, typistProfile } = got);
          if (r === 0) t.traces = got.traces;
          errors.push(...got.errors);
          t.rounds.push(got.round);
          const p = pooled([got.round]);
          log(
            `  ${t.label} round ${r + 1}: edit → peer p50/p95 ${p.editToPeer.p50}/${p.editToPeer.p95} ms ` +
              `(relay ${p.relayLeg.p95}, page ${p.peerPage.p95}), typing → peer ${p.typingToPeer.p50}/${p.typingToPeer.p95} ms, ` +
              `keystroke → paint p95 ${p.keyToPaint.p95} ms; B per edit ${JSON.stringify(got.round.perEdit)}`,
          );
        }
      }
      const current = pooled(targets[0]!.rounds);
      const base = targets[1] ? pooled(targets[1].rounds) : null;
      const ratio = (a: number | null, b: number | null | undefined) =>
        a !== null && b ? round(a / b, 2) : null;
      const under = (limit: number) => ({ text: `< ${limit} ms`, ok: (v: number) => v < limit });
      return {
        name: 'peer-browser',
        status: 'ok',
        figures: [
          figure('edit → peer paint p95', current.editToPeer.p95, 'ms', under(50)),
          figure('… peer page p95 (frame → paint)', current.peerPage.p95, 'ms'),
          figure('typing in the editor → peer p95', current.typingToPeer.p95, 'ms', under(70)),
          figure('keystroke → paint p95 (typist)', current.keyToPaint.p95, 'ms', under(50)),
          ...(base
            ? [
                figure(
                  'edit → peer p95, ÷ baseline build',
                  ratio(current.editToPeer.p95, base.editToPeer.p95),
                  '×',
                ),
                figure(
                  'typing → peer p95, ÷ baseline build',
                  ratio(current.typingToPeer.p95, base.typingToPeer.p95),
                  '×',
                ),
              ]
            : []),
        ],
        details: {
          map: { phases: map.phases.length, lanes: map.lanes.length, cards: map.cards.length },
          rounds: roundCount,
          keysPerRound: keys,
          current,
          baseline: base,
          baselineDist: baseline ?? null,
          peerProfile: profile,
          typistProfile,
          traces: Object.fromEntries(targets.map((t) => [t.label, t.traces ?? null])),
          pageErrors: errors.slice(0, 10),
          note:
            'Pooled percentiles over rounds; peerMainThreadPerEditMs is B’s CDP Performance.getMetrics ' +
            'difference over the edits ÷ edits (TaskDuration includes script, style and layout; the rest of it ' +
            'is paint, IndexedDB and GC). Typing is 60 ms per key.',
        },
      };
    } finally {
      await browser?.close().catch(() => undefined);
      for (const t of targets) await t.relay?.stop();
      rmSync(tmp, { recursive: true, force: true });
      build?.remove();
    }
  },
};
