// Every answer of the relay carries the browser-facing security headers: a CSP that
// allows only the app's own scripts and its own relay connections and no framing, and
// no referrer (share tokens travel in URLs).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './securityHeaders';
import { startRelay } from './testing';
import type { RelayProcess } from './testing';

let r: RelayProcess;
beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'jb-dist-'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>JB</title>');
  r = await startRelay({ env: { DIST_DIR: dist } });
}, 30_000);
afterAll(() => r?.stop('SIGKILL'));

/** The policy as directive → sources. */
function directives(csp: string | null): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of (csp ?? '').split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

describe('security headers', () => {
  it.each(['/', '/map/some-map?t=v1.abc.def', '/healthz', '/api/time', '/api/nothing', '/metrics'])(
    '%s: CSP with own scripts and connections only, no framing, no referrer',
    async (path) => {
      const res = await fetch(`${r.http}${path}`);
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('script-src')).toEqual(["'self'"]);
      expect(csp.get('default-src')).toEqual(["'self'"]);
      expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
      expect(csp.get('object-src')).toEqual(["'none'"]);
      const host = `127.0.0.1:${r.port}`;
      expect(csp.get('connect-src')).toEqual(["'self'", `ws://${host}`, `wss://${host}`]);
    },
  );

  it('a Host header that is not a host name does not get into the policy', () => {
    expect(contentSecurityPolicy("evil.example; script-src 'unsafe-inline'")).toContain(
      "connect-src 'self';",
    );
    expect(contentSecurityPolicy('[::1]:8080')).toContain('ws://[::1]:8080');
  });
});
