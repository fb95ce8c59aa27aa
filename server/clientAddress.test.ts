import { describe, expect, it } from 'vitest';
import { clientAddress, parseTrustProxy } from './clientAddress';

describe('clientAddress', () => {
  it('is the socket address without TRUST_PROXY, whatever the header says', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', [])).toBe('203.0.113.9');
  });

  it('takes the client from X-Forwarded-For when the socket is a trusted proxy', () => {
    const trusted = parseTrustProxy('127.0.0.1, 10.0.0.2');
    expect(clientAddress('::ffff:127.0.0.1', '198.51.100.7', trusted)).toBe('198.51.100.7');
    // a chain of trusted proxies; the client's own (spoofed) entries on the left are ignored
    expect(clientAddress('127.0.0.1', '6.6.6.6, 198.51.100.7, 10.0.0.2', trusted)).toBe(
      '198.51.100.7',
    );
  });

  it('ignores the header from an untrusted peer and garbage in it', () => {
    const trusted = parseTrustProxy('127.0.0.1');
    expect(clientAddress('203.0.113.9', '198.51.100.7', trusted)).toBe('203.0.113.9');
    expect(clientAddress('127.0.0.1', 'not-an-ip', trusted)).toBe('127.0.0.1');
  });

  it('refuses a TRUST_PROXY entry that is not an IP address, naming it', () => {
    expect(() => parseTrustProxy('127.0.0.1,proxy.local')).toThrow(/TRUST_PROXY.*proxy\.local/);
  });
});
