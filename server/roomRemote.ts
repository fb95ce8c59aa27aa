/**
 * Which rows of a room this relay has: every row up to `knownSeq`, plus its own rows
 * above it. Sequence numbers are per room and follow the commit order (store/types.ts),
 * so a gap above `knownSeq` means another relay committed rows of this room: they are
 * read from the log by seq (`readSince`), applied, and forwarded to the room's peers.
 * Notifications from the other relays (the bus) only say "room X has rows up to N";
 * the log is the truth, so a missed or late notification costs latency, never an update.
 */
import type { Logger } from 'pino';
import type { LogRow, RelayStore } from './store/types';

export interface RemoteRoom {
  readonly id: string;
  /** rows another relay committed, in seq order */
  applyRemote(rows: readonly LogRow[]): void;
}

export class RemoteLog {
  /** every row of the room up to here is in memory */
  knownSeq = 0;
  /** own rows above knownSeq (committed while a row of another relay was not read yet) */
  private readonly mine = new Set<number>();
  private reading = false;
  private again = false;

  constructor(
    private readonly room: RemoteRoom,
    private readonly deps: { readonly storage: RelayStore; readonly log: Logger },
  ) {}

  /** The room was (re)read from storage up to `lastSeq`. */
  reset(lastSeq: number): void {
    this.knownSeq = lastSeq;
    this.mine.clear();
  }

  /** This relay committed rows `first`…`last` of the room. */
  own(first: number, last: number): void {
    for (let s = first; s <= last; s++) this.mine.add(s);
    this.advance();
    if (this.mine.size > 0) this.catchUp();
  }

  /**
   * Another relay says the room has rows up to `seq` — with those rows, when they fit its
   * notification. Rows that follow on from `knownSeq` are applied at once; anything
   * else (a gap, a read running) is read from the log.
   */
  announced(seq: number, rows?: readonly LogRow[]): void {
    if (seq <= this.knownSeq || this.mine.has(seq)) return;
    const next = rows?.filter((r) => r.seq > this.knownSeq) ?? [];
    if (this.reading || next[0]?.seq !== this.knownSeq + 1 || next.at(-1)?.seq !== seq)
      return this.catchUp();
    const theirs = next.filter((r) => !this.mine.has(r.seq));
    this.knownSeq = seq;
    this.advance();
    if (theirs.length > 0) this.room.applyRemote(theirs);
  }

  /**
   * Another relay merged rows up to `upTo` into row `seq`: nothing new for a relay that
   * has those rows (skipped like an own row), else read like any other row.
   */
  compacted(seq: number, upTo: number): void {
    if (this.knownSeq < upTo) return this.announced(seq);
    this.mine.add(seq);
    this.advance();
  }

  /** Reads what is missing from the log (one read at a time; asked again, reads again). */
  catchUp(): void {
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = true;
    void this.read().finally(() => (this.reading = false));
  }

  /** Resolves when no read is running (tests and shutdown). */
  async idle(): Promise<void> {
    while (this.reading) await new Promise((r) => setTimeout(r, 5));
  }

  private advance(): void {
    while (this.mine.delete(this.knownSeq + 1)) this.knownSeq++;
    for (const s of this.mine) if (s <= this.knownSeq) this.mine.delete(s);
  }

  private async read(): Promise<void> {
    do {
      this.again = false;
      let rows: LogRow[];
      try {
        rows = await this.deps.storage.readSince(this.room.id, this.knownSeq);
      } catch (err) {
        // the database is away: the bus's `resync` (or the next commit) asks again
        this.deps.log.warn({ room: this.room.id, err }, 'catching up from the log failed');
        return;
      }
      const from = this.knownSeq;
      const theirs = rows.filter((r) => r.seq > from && !this.mine.has(r.seq));
      for (const r of rows) if (r.seq > this.knownSeq) this.knownSeq = r.seq;
      this.advance();
      if (theirs.length > 0) this.room.applyRemote(theirs);
    } while (this.again);
  }
}
