/**
 * Capacity on PostgreSQL (issue 17): the capacity load — 300 maps × 10 clients, each
 * client editing once a second (bench/capacity-clients.ts) — against 1 relay on a
 * throwaway PostgreSQL, then spread over 2 relays on one PostgreSQL (each map's clients
 * alternate between the relays, so most receptions cross them: commit on one relay,
 * NOTIFY, read by seq and forwarded by the other), in the same run. Relays run with
 * their defaults (RELAY_WORKERS = the cores). Figures: p50/p99, errors, relay RSS/CPU,
 * and the 2-relay p99 over the 1-relay p99.
 *
 *   npm run bench -- capacity-cluster            (full: 3,000 clients, 60 s per setup)
 *   BENCH_QUICK=1 npm run bench -- capacity-cluster --quick   (100 clients, 10 s)
 */
import { startPostgres } from '../server/pgTesting';
import { capacityLoad, type LoadResult, type LoadSettings } from './lib/capacityLoad';
import { figure, type Benchmark, type Figure } from './lib/result';
import { startOurs, type OurRelay } from './lib/servers';
import { round } from './lib/stats';

const SECRETS = {
  RELAY_SECRET: 'capacity-cluster-secret-0123456789abcdef',
  ADMIN_TOKEN: 'capacity-cluster-admin-0123456789abcdef',
};

async function withRelays(
  databaseUrl: string,
  count: number,
  settings: LoadSettings,
  log: (line: string) => void,
): Promise<LoadResult> {
  const relays: OurRelay[] = [];
  try {
    // one after the other: the first creates the tables
    for (let i = 0; i < count; i++)
      relays.push(await startOurs({ env: { DATABASE_URL: databaseUrl, ...SECRETS } }));
    const load = relays.map((r) => ({
      pid: r.pid,
      urlTemplate: r.roomUrl('{room}').replace('%7Broom%7D', '{room}'),
    }));
    const result = await capacityLoad(load, settings, `pg${count}`, log);
    log(
      `  ${count} relay(s): p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, ` +
        `RSS ${result.relays.map((r) => r.peakRssMb).join(' + ')} MB, CPU ${result.relays.map((r) => r.cpuPercent).join(' + ')} %`,
    );
    return result;
  } finally {
    await Promise.all(relays.map((r) => r.stop()));
  }
}

function figuresOf(label: string, r: LoadResult): Figure[] {
  const sum = (f: (u: LoadResult['relays'][number]) => number) =>
    r.relays.reduce((s, u) => s + f(u), 0);
  return [
    figure(`${label}: p50 (${r.clients} clients)`, round(r.p50, 1), 'ms'),
    figure(`${label}: p99 (${r.clients} clients)`, round(r.p99, 1), 'ms', {
      text: '< 20 ms',
      ok: (v) => v < 20,
    }),
    figure(`${label}: errors`, r.errors, '', { text: '0', ok: (v) => v === 0 }),
    figure(
      `${label}: relay peak RSS (sum)`,
      sum((u) => u.peakRssMb),
      'MB',
    ),
    figure(
      `${label}: relay CPU (sum)`,
      sum((u) => u.cpuPercent),
      '% of a core',
    ),
  ];
}

export const capacityCluster: Benchmark = {
  name: 'capacity-cluster',
  title: 'Capacity on PostgreSQL: 1 relay against the same load spread over 2 relays',
  async run({ quick, log }) {
    const short = quick || process.argv.includes('--quick');
    const settings: LoadSettings = short
      ? { rooms: 10, clientsPerRoom: 10, seconds: 10, warmupSeconds: 2, workers: 2 }
      : { rooms: 300, clientsPerRoom: 10, seconds: 60, warmupSeconds: 5, workers: 3 };
    const pg = await startPostgres();
    try {
      const one = await withRelays(pg.createDatabase('capacity_one'), 1, settings, log);
      const two = await withRelays(pg.createDatabase('capacity_two'), 2, settings, log);
      return {
        name: 'capacity-cluster',
        status: 'ok',
        figures: [
          ...figuresOf('1 relay on PostgreSQL', one),
          ...figuresOf('2 relays on PostgreSQL', two),
          figure('p99, 2 relays ÷ 1 relay (same run)', round(two.p99 / one.p99, 2), '×'),
        ],
        details: {
          settings: { ...settings, quick: short, relayWorkers: 'default (the cores)' },
          oneRelay: one,
          twoRelays: two,
          note:
            'each map’s clients alternate between the relays: with 2 relays about half of every ' +
            'map’s receptions crossed relays (commit, NOTIFY after commit, read by seq, forward). ' +
            'The clients, both relays and PostgreSQL share the machine’s cores: read the figures ' +
            'against machine.loadavg1 and each other, not as absolute capacity.',
        },
      };
    } finally {
      pg.stop();
    }
  },
};
