/**
 * A handful of counters and gauges rendered as Prometheus text (exposition format 0.0.4).
 * Small on purpose: no client library, no global registry — one instance per RelayServer.
 */

type Labels = Readonly<Record<string, string>>;

function labelText(labels: Labels): string {
  const keys = Object.keys(labels);
  if (keys.length === 0) return '';
  return '{' + keys.map((k) => `${k}="${labels[k]!.replace(/["\\\n]/g, '_')}"`).join(',') + '}';
}

class Counter {
  private readonly values = new Map<string, number>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    this.values.set(key, (this.values.get(key) ?? 0) + by);
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels)) ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    if (this.values.size === 0) lines.push(`${this.name} 0`);
    for (const [key, v] of this.values) lines.push(`${this.name}${key} ${v}`);
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
    private readonly window = 2048,
  ) {}
  observe(seconds: number): void {
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
  readonly storageLatency = new Summary(
    'journeyboard_storage_write_seconds',
    'Time to append one update durably',
  );

  constructor(private readonly gauges: () => { connections: number; rooms: number }) {}

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
        this.messagesIn.render(),
        this.messagesOut.render(),
        this.bytesIn.render(),
        this.bytesOut.render(),
        this.rejected.render(),
        this.refusedConnections.render(),
        this.storageWrites.render(),
        this.storageErrors.render(),
        this.storageLatency.render(),
      ].join('\n') + '\n'
    );
  }
}
