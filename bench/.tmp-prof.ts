import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from '../e2e/harness/browser';
import { run as push } from '../src/cli/commands/push';
import { exportJson } from '../src/export/json';
import { bigMap } from './fixtures/bigMap';
import { benchContext, openPhases, timeToInteractive } from './lib/browserSteps';
import { topTraceEvents, topFunctions, withSources } from './lib/profile';
import { startOurs } from './lib/servers';

const dist = process.argv[2]!;
const relay = await startOurs({ env: { DIST_DIR: dist } });
const tmp = mkdtempSync(join(tmpdir(), 'prof-'));
const small = { ...bigMap({ phases: 6, cards: 29, seed: 7 }), id: 'bench-small-map' };
writeFileSync(join(tmp, 's.journey.json'), exportJson(small));
await push(['s.journey.json', '--relay', relay.httpUrl, '--token', relay.token], { cwd: tmp, stdout: () => {}, stderr: () => {} });
const res = await fetch(`${relay.httpUrl}/api/maps/${small.id}/share`, { method: 'POST', headers: { Authorization: `Bearer ${relay.token}`, 'Content-Type': 'application/json' }, body: JSON.stringify({ role: 'edit' }) });
const { token } = (await res.json()) as { token: string };
const url = `${relay.httpUrl}/map/${small.id}?t=${encodeURIComponent(token)}`;
const browser = await launchBrowser();
for (let i = 0; i < 2; i++) {
  const ctx = await benchContext(browser, 'P');
  const page = await ctx.newPage();
  const reqs: string[] = [];
  page.on('requestfinished', (r) => { const t = r.timing(); reqs.push(`${r.url().replace(relay.httpUrl, '').slice(0, 50)} start ${Math.round(t.startTime)} end ${Math.round(t.responseEnd)}`); });
  await page.goto(`${relay.httpUrl}/nothing.txt`);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const t = await timeToInteractive(page, () => page.goto(url, { waitUntil: 'commit' }));
  const { profile } = (await cdp.send('Profiler.stop')) as any;
  writeFileSync(`/tmp/spd-prof/open${i}.cpuprofile`, JSON.stringify(profile));
  console.log(JSON.stringify(await withSources(topFunctions(profile, 40), process.argv[2] + '/assets'), null, 0).replaceAll('},{', '},\n{'));
  const nav = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return { resp: Math.round(n.responseEnd), dcl: Math.round(n.domContentLoadedEventEnd), start: Math.round(n.startTime) }; });
  const res2 = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => `${r.name.split('/').pop()!.slice(0, 40)} ${Math.round(r.startTime)}→${Math.round(r.responseEnd)}`));
  console.log('open', Math.round(t.interactive), JSON.stringify(openPhases(t)), JSON.stringify(t.marks), JSON.stringify(nav));
  console.log(res2.join('\n'));
  if (false) {
    const trace = JSON.parse((await browser.stopTracing()).toString());
    writeFileSync('/tmp/spd-prof/trace.json', JSON.stringify(trace));
    console.log(JSON.stringify(topTraceEvents(trace, 20)));
  }
  await ctx.close();
}
await browser.close();
await relay.stop();
