/**
 * Per-worker figures of the room workers (shards.ts): each worker measures its OWN event
 * loop — utilisation (`performance.eventLoopUtilization()` over the last second) and delay
 * (`monitorEventLoopDelay`, RelayMetrics) — posts them with its stats, and the relay
 * thread renders them labelled by worker. A flood shows as one worker near 1.0 while the
 * others (and the relay thread's `journeyboard_event_loop_delay_seconds`) stay low.
 */
import { performance } from 'node:perf_hooks';
import type { RelayMetrics } from './metrics';
import { threadWall, type WorkClock } from './workClock';

export interface WorkerLoop {
  /** share of the last second the worker's loop was busy, 0…1 */
  readonly utilization: number;
  /** event-loop delay since the worker started, seconds */
  readonly delayP50: number;
  readonly delayP99: number;
  readonly delayMax: number;
  /** wall time spent handling frames (decode, apply) since start, seconds */
  readonly workSeconds: number;
}

/**
 * In a worker: the budgets' clock (its own wall time, workClock.ts) and its loop figures;
 * `tick()` once a second closes the utilisation window.
 */
export function workerLoop(metrics: RelayMetrics): {
  clock: WorkClock;
  tick(): void;
  figures(): WorkerLoop;
} {
  const work = { ms: 0 };
  let last = performance.eventLoopUtilization();
  let utilization = 0;
  return {
    clock: threadWall(work),
    tick() {
      const now = performance.eventLoopUtilization();
      utilization = performance.eventLoopUtilization(now, last).utilization;
      last = now;
    },
    figures() {
      const d = metrics.loopDelaySeconds();
      return {
        utilization,
        delayP50: d.p50,
        delayP99: d.p99,
        delayMax: d.max,
        workSeconds: work.ms / 1000,
      };
    },
  };
}

/** The relay thread's rendering, one series per worker (index = `worker` label). */
export function renderWorkerLoops(loops: readonly (WorkerLoop | undefined)[]): string {
  const known = loops.flatMap((l, i) => (l ? [[`worker="${i}"`, l] as const] : []));
  if (known.length === 0) return '';
  const family = (
    name: string,
    type: string,
    help: string,
    rows: (l: WorkerLoop, label: string) => string[],
  ) => [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...known.flatMap(([label, l]) => rows(l, label)),
  ];
  const d = 'journeyboard_worker_event_loop_delay_seconds';
  return [
    ...family(
      'journeyboard_worker_event_loop_utilization',
      'gauge',
      "Share of the last second each room worker's event loop was busy",
      (l, label) => [`journeyboard_worker_event_loop_utilization{${label}} ${l.utilization}`],
    ),
    ...family(
      d,
      'summary',
      "Each room worker's own event loop delay since it started",
      (l, label) => [
        `${d}{${label},quantile="0.5"} ${l.delayP50}`,
        `${d}{${label},quantile="0.99"} ${l.delayP99}`,
        `${d}_max{${label}} ${l.delayMax}`,
      ],
    ),
    ...family(
      'journeyboard_worker_work_seconds_total',
      'counter',
      "Wall time each room worker spent decoding and applying frames (its budgets' clock)",
      (l, label) => [`journeyboard_worker_work_seconds_total{${label}} ${l.workSeconds}`],
    ),
  ].join('\n');
}
