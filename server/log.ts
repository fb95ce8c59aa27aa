/** Structured logs (pino): JSON lines to stdout and to DATA_DIR/relay.log. */
import { join } from 'node:path';
import pino from 'pino';
import type { Logger } from 'pino';

export function createLogger(level: string, dataDir: string | null): Logger {
  const streams: pino.StreamEntry[] = [{ level: level as pino.Level, stream: pino.destination(1) }];
  if (dataDir)
    streams.push({
      level: level as pino.Level,
      stream: pino.destination({ dest: join(dataDir, 'relay.log'), sync: false, mkdir: true }),
    });
  return pino({ level, base: { svc: 'relay' } }, pino.multistream(streams));
}
