/**
 * A handful of counters and gauges rendered as Prometheus text (exposition format 0.0.4).
 * Small on purpose: no client library, no global registry — one instance per RelayServer.
 */

import { monitorEventLoopDelay } from 'node:perf_hooks';

type Labels = Readonly<Record<string, string>>;

function labelText(labels: Labels): string {
  const keys = Object.keys(labels);
  if (keys.length === 0) return '';
  return '{' + keys.map((k) => `${k}="${labels[k]!.replace(/["\\\n]/g, '_')}"`).join(',') + '}';
}

const NO_LABELS: Labels = Object.freeze({});

class Counter {
  private readonly values = new Map<string, number>();
  // label text per label value of the hot counters (by type, by reason), built once
  private readonly keys = new Map<string, string>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = NO_LABELS, by = 1): void {
    const key = labels === NO_LABELS ? '' : labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  /** `inc({ [label]: value })` without building the label text every time */
  incBy(label: string, value: string, by = 1): void {
    let key = this.keys.get(value);
    if (key === undefined) {
      key = labelText({ [label]: value });
      this.keys.set(value, key);
    }
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(labels: Labels = NO_LABELS): number {
    return this.values.get(labelText(labels)) ?? 0;
  }
  entries(): [string, number][] {
    return [...this.values];
  }
  /** `extra`: the same counter's entries of other threads (the room workers), added */
  render(extra: readonly (readonly [string, number][])[] = []): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    const values = new Map(this.values);
    for (const list of extra) for (const [k, v] of list) values.set(k, (values.get(k) ?? 0) + v);
    if (values.size === 0) lines.push(`${this.name} 0`);
    for (const [key, v] of values) lines.push(`${this.name}${key} ${v}`);
    return lines.join('\n');
  }
}

/** Latency summary over the most recent samples (a ring), plus exact sum and count. */
class Summary {
  private readonly ring: number[] = [];
  private next = 0;
  private sum = 0;
  private count = 0;
  constructor(
    readonly name: string,
    readonly help: string,
    private readonly window = 8192,
  ) {}
  /** set in a room worker: samples kept for the relay thread's summary (shards.ts) */
  tap: number[] | null = null;
  observe(seconds: number): void {
    this.tap?.push(seconds);
    if (this.ring.length < this.window) this.ring.push(seconds);
    else this.ring[this.next] = seconds;
    this.next = (this.next + 1) % this.window;
    this.sum += seconds;
    this.count += 1;
  }
  render(): string {
    const sorted = [...this.ring].sort((a, b) => a - b);
    const q = (p: number) =>
      sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
    return [
      `# HELP ${this.name} ${this.help}`,
      `# TYPE ${this.name} summary`,
      ...[0.5, 0.9, 0.99].map((p) => `${this.name}{quantile="${p}"} ${q(p)}`),
      `${this.name}_sum ${this.sum}`,
      `${this.name}_count ${this.count}`,
    ].join('\n');
  }
}

type CounterName =
  | 'messagesIn'
  | 'rejected'
  | 'storageWrites'
  | 'storageCommits'
  | 'storageErrors'
  | 'remoteUpdates';
export type CounterSnapshot = Partial<Record<CounterName, readonly [string, number][]>>;

export class RelayMetrics {
  readonly messagesIn = new Counter(
    'journeyboard_messages_in_total',
    'WebSocket messages received, by type',
  );
  readonly messagesOut = new Counter('journeyboard_messages_out_total', 'WebSocket messages sent');
  readonly bytesIn = new Counter('journeyboard_bytes_in_total', 'WebSocket payload bytes received');
  readonly bytesOut = new Counter('journeyboard_bytes_out_total', 'WebSocket payload bytes sent');
  readonly rejected = new Counter(
    'journeyboard_rejected_frames_total',
    'Frames refused or connections closed for bad input, by reason',
  );
  readonly refusedConnections = new Counter(
    'journeyboard_refused_connections_total',
    'Connections closed before sync, by reason',
  );
  readonly storageWrites = new Counter(
    'journeyboard_storage_writes_total',
    'Rows written to SQLite, by kind',
  );
  readonly storageErrors = new Counter(
    'journeyboard_storage_errors_total',
    'Failed storage operations',
  );
  readonly storageCommits = new Counter(
    'journeyboard_storage_commits_total',
    'SQLite transactions that stored accepted updates (one per event-loop turn with updates)',
  );
  readonly storageLatency = new Summary(
    'journeyboard_storage_write_seconds',
    'Time of one durable commit of the updates accepted in one event-loop turn',
  );

  readonly remoteUpdates = new Counter(
    'journeyboard_remote_updates_total',
    'Rows committed by other relays on the same database, read from the log and forwarded here',
  );

  readonly catalogRows = new Counter(
    'journeyboard_catalog_rows_total',
    'Catalog rows taken in, by source: derived here, or adopted as the committing relay derived it',
  );

  readonly forwardDelay = new Summary(
    'journeyboard_forward_delay_seconds',
    'From accepting the oldest update of a commit to handing all its frames to the sockets',
  );
  /** how late the event loop runs its timers: what every message waits for when it is busy */
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 });

  /** counters of other threads (the room workers, shards.ts), added when rendering */
  external: () => readonly CounterSnapshot[] = () => [];

  private counters(): Record<CounterName, Counter> {
    return {
      messagesIn: this.messagesIn,
      rejected: this.rejected,
      storageWrites: this.storageWrites,
      storageCommits: this.storageCommits,
      storageErrors: this.storageErrors,
      remoteUpdates: this.remoteUpdates,
    };
  }

  /** This thread's values of the counters a room worker moves (posted to the relay thread). */
  snapshot(): CounterSnapshot {
    const c = this.counters();
    const out = {} as Record<CounterName, [string, number][]>;
    for (const name of Object.keys(c) as CounterName[]) out[name] = c[name].entries();
    return out;
  }

  private renderCounter(name: CounterName): string {
    return this.counters()[name].render(this.external().map((s) => s[name] ?? []));
  }

  constructor(private readonly gauges: () => { connections: number; rooms: number }) {
    this.loopDelay.enable();
  }

  /** Stops the event-loop sampler (RelayServer.close). */
  stop(): void {
    this.loopDelay.disable();
  }

  /** This thread's event-loop delay (p50, p99, max), seconds (room workers post theirs). */
  loopDelaySeconds(): { p50: number; p99: number; max: number } {
    const h = this.loopDelay;
    // the histogram records whole intervals between samples: the delay is what exceeds 10 ms
    const s = (ns: number) => (Number.isFinite(ns) ? Math.max(0, ns / 1e9 - 0.01) : 0);
    return { p50: s(h.percentile(50)), p99: s(h.percentile(99)), max: s(h.max) };
  }

  /** more series, rendered last (the room workers' own loops, workerMetrics.ts) */
  extra: () => string = () => '';

  private renderLoopDelay(): string {
    const name = 'journeyboard_event_loop_delay_seconds';
    const d = this.loopDelaySeconds();
    return [
      `# HELP ${name} Event loop delay since start (sampled every 10 ms)`,
      `# TYPE ${name} summary`,
      `${name}{quantile="0.5"} ${d.p50}`,
      `${name}{quantile="0.99"} ${d.p99}`,
      `${name}_max ${d.max}`,
    ].join('\n');
  }

  render(): string {
    const g = this.gauges();
    return (
      [
        '# HELP journeyboard_connections Open WebSocket connections',
        '# TYPE journeyboard_connections gauge',
        `journeyboard_connections ${g.connections}`,
        '# HELP journeyboard_rooms Rooms loaded in memory',
        '# TYPE journeyboard_rooms gauge',
        `journeyboard_rooms ${g.rooms}`,
        this.renderCounter('messagesIn'),
        this.messagesOut.render(),
        this.bytesIn.render(),
        this.bytesOut.render(),
        this.renderCounter('rejected'),
        this.refusedConnections.render(),
        this.renderCounter('storageWrites'),
        this.renderCounter('storageCommits'),
        this.renderCounter('storageErrors'),
        this.storageLatency.render(),
        this.renderCounter('remoteUpdates'),
        this.catalogRows.render(),
        this.forwardDelay.render(),
        this.renderLoopDelay(),
        this.extra(),
      ]
        .filter(Boolean)
        .join('\n') + '\n'
    );
  }
}
