/**
 * Benchmark: a 50-person workshop. 50 stock y-websocket clients in this process
 * (edit links) move their cursors at 10 Hz through awareness and edit card texts
 * now and then, against the real relay as a child process, while a headless
 * Chromium shows the board. Measures the browser's frame times (requestAnimationFrame
 * deltas, p50/p95) and the relay's CPU (from /proc/<pid>/stat). Figures go to
 * bench/results/workshop.json.
 *
 *   node --import tsx bench/workshop-50.ts [--participants 50] [--seconds 20]
 *
 * The machine is shared; read the figures as an order of magnitude.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { launchBrowser, newContext } from '../e2e/harness/browser';
import { startRelay } from '../e2e/harness/relay';
import { createMapDoc, setCardText } from '../src/doc';
import { loadFixture } from '../src/doc/testing/fixtures';
import { colorForUser } from '../src/model/workshop/presence';
import { editToken } from './lib/openMaps';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const PARTICIPANTS = arg('participants', 50);
const SECONDS = arg('seconds', 20);
const CURSOR_HZ = 10;
/** each participant edits a card about every this many ms */
const EDIT_EVERY_MS = 3000;
const CLK_TCK = 100; // Linux USER_HZ; /proc/<pid>/stat counts in these

const percentile = (xs: number[], p: number) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
};
const round = (n: number, d = 1) => Math.round(n * 10 ** d) / 10 ** d;

/** utime + stime of a process in seconds. */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLK_TCK;
}

function connect(
  wsUrl: string,
  mapId: string,
  token: string,
  doc: Y.Doc,
): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(`${wsUrl}/sync`, mapId, doc, {
    params: { t: token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no sync within 30 s')), 30_000);
    provider.on('sync', (synced: boolean) => {
      if (synced) {
        clearTimeout(timer);
        resolve(provider);
      }
    });
  });
}

/** The relay's message counters from /metrics (summed over labels; awareness apart). */
async function relayMessages(
  url: string,
): Promise<{ in: number; out: number; awarenessIn: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const sum = (name: string, label = '') => {
    let total = 0;
    for (const m of text.matchAll(new RegExp(`^${name}(\\{[^}]*\\})? (\\d+)`, 'gm'))) {
      if (!label || (m[1] ?? '').includes(label)) total += Number(m[2]);
    }
    return total;
  };
  return {
    in: sum('journeyboard_messages_in_total'),
    out: sum('journeyboard_messages_out_total'),
    awarenessIn: sum('journeyboard_messages_in_total', 'awareness'),
  };
}

async function main(): Promise<void> {
  const relay = await startRelay();
  const pid = relay.child.pid!;
  const map = loadFixture('saas-onboarding.journey.json');
  const mapId = map.id;
  const seedDoc = createMapDoc(map);
  const seed = await connect(relay.wsUrl, mapId, relay.adminToken, seedDoc);
  const token = await editToken(relay.url, relay.adminToken, mapId);
  const cardIds = map.cards.map((c) => c.id);
  const cardText = new Map(map.cards.map((c) => [c.id, c.text]));

  // the watching browser, as a facilitator
  const browser = await launchBrowser();
  const context = await newContext(browser, { name: 'Watcher' });
  await context.addInitScript(() => localStorage.setItem('journeyboard.workshop.joined', '1'));
  const page = await context.newPage();
  await page.goto(`${relay.url}/map/${mapId}?t=${encodeURIComponent(relay.adminToken)}`);
  await page.waitForSelector('.react-flow__node', { timeout: 60_000 });

  // participants
  const people: { doc: Y.Doc; provider: WebsocketProvider; id: string }[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const doc = new Y.Doc();
    const provider = await connect(relay.wsUrl, mapId, token, doc);
    const id = `bench-${i}`;
    provider.awareness.setLocalState({
      user: { id, name: `P${String(i).padStart(2, '0')}`, color: colorForUser(id), role: 'editor' },
    });
    people.push({ doc, provider, id });
  }

  const messages0 = await relayMessages(relay.url);
  const relayCpu0 = cpuSeconds(pid);
  const cpuSamples: number[] = [];
  let lastCpu = relayCpu0;
  let lastAt = performance.now();
  const sampler = setInterval(() => {
    const now = cpuSeconds(pid);
    const at = performance.now();
    // % of one core since the last sample (timers run late when this process is busy)
    cpuSamples.push(((now - lastCpu) / ((at - lastAt) / 1000)) * 100);
    lastCpu = now;
    lastAt = at;
  }, 1000);

  // measure frames in the page for exactly the load window, timed by the page itself
  // (this process may lag behind under load). A string: tsx would wrap named
  // functions in helpers that do not exist inside the page.
  await page.evaluate(`(() => {
    window.__frames = [];
    const start = performance.now();
    let last = start;
    const tick = (t) => {
      if (t - start > ${SECONDS * 1000}) return;
      window.__frames.push(t - last);
      last = t;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);

  let cursorUpdates = 0;
  let edits = 0;
  const started = Date.now();
  const timers: ReturnType<typeof setInterval>[] = [];
  people.forEach((p, i) => {
    let step = i * 7;
    // staggered so the 50 clients do not all fire in the same millisecond
    const cursor = setInterval(() => {
      step++;
      const state = p.provider.awareness.getLocalState() ?? {};
      p.provider.awareness.setLocalState({
        ...state,
        cursor: {
          x: Math.round(300 + 600 * Math.sin(step / 20 + i)),
          y: Math.round(300 + 300 * Math.cos(step / 15 + i)),
        },
      });
      cursorUpdates++;
    }, 1000 / CURSOR_HZ);
    const edit = setInterval(
      () => {
        const cardId = cardIds[(i + edits) % cardIds.length]!;
        const text = `${cardText.get(cardId) ?? ''} ·${i}`.slice(-300);
        cardText.set(cardId, text);
        try {
          setCardText(p.doc, cardId, text);
          edits++;
        } catch {
          // the card may have been deleted by someone else; not in this bench
        }
      },
      EDIT_EVERY_MS + (i % 10) * 37,
    );
    timers.push(cursor, edit);
  });

  await new Promise((r) => setTimeout(r, SECONDS * 1000));
  const elapsed = (Date.now() - started) / 1000;
  timers.forEach(clearInterval);
  clearInterval(sampler);
  const relayCpuTotal = cpuSeconds(pid) - relayCpu0;
  const messages1 = await relayMessages(relay.url);
  const messagesIn = messages1.in - messages0.in;
  const messagesOut = messages1.out - messages0.out;
  const awarenessIn = messages1.awarenessIn - messages0.awarenessIn;

  // the first frames include the page settling
  const frames = (await page.evaluate('window.__frames.slice(5)')) as number[];
  const cursorsShown = await page.locator('[data-testid="remote-cursor"]').count();
  const peopleListed = await page.locator('.jb-ws-people li').count();

  const result = {
    date: new Date().toISOString(),
    participants: PARTICIPANTS,
    seconds: round(elapsed),
    cursorHzPerParticipant: CURSOR_HZ,
    cursorUpdatesSent: cursorUpdates,
    cursorUpdatesPerSecond: round(cursorUpdates / elapsed),
    // below 1 when this process could not keep 50 clients at 10 Hz (they also decode
    // everyone else's awareness); the relay and browser then saw less load than real
    cursorRateAchieved: round(cursorUpdates / elapsed / (PARTICIPANTS * CURSOR_HZ), 2),
    edits,
    browser: {
      frames: frames.length,
      fps: round(frames.length / (frames.reduce((a, b) => a + b, 0) / 1000)),
      frameMsP50: round(percentile(frames, 50)),
      frameMsP95: round(percentile(frames, 95)),
      frameMsMax: round(Math.max(...frames)),
      remoteCursorsRendered: cursorsShown,
      peopleListed,
    },
    relay: {
      cpuPercentOfOneCoreAvg: round((relayCpuTotal / elapsed) * 100),
      cpuPercentOfOneCoreP95: round(percentile(cpuSamples, 95)),
      messagesInPerSecond: round(messagesIn / elapsed),
      messagesOutPerSecond: round(messagesOut / elapsed),
      // ideal: 1 in per cursor update or edit; more means clients echo awareness back
      messagesInPerLocalChange: round(messagesIn / Math.max(1, cursorUpdates + edits)),
      awarenessMessagesInPerCursorUpdate: round(awarenessIn / Math.max(1, cursorUpdates)),
    },
    machine: { cores: cpus().length, loadAverage1m: round(loadavg()[0] ?? 0) },
    note: 'shared machine; headless Chromium with --disable-gpu (software compositing)',
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/workshop.json'), JSON.stringify(result, null, 2) + '\n');

  for (const p of people) p.provider.destroy();
  seed.destroy();
  await browser.close();
  await relay.dispose();
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
