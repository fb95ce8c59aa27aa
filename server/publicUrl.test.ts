// Where share links point (unit), and what a relay bound to every interface prints and
// hands out (real relay child process).
import { afterEach, describe, expect, it } from 'vitest';
import { startupMessage } from './main';
import { isLoopbackHost, lanAddresses, linkBase } from './publicUrl';
import { startRelay, waitFor } from './testing';
import type { RelayProcess } from './testing';

const lan = ['192.168.1.20', '10.0.0.5'];

describe('linkBase', () => {
  it('uses PUBLIC_URL when set', () => {
    expect(
      linkBase({
        publicUrl: 'https://board.example/',
        bindHost: '0.0.0.0',
        port: 8080,
        requestHost: '127.0.0.1:8080',
        lan,
      }),
    ).toBe('https://board.example');
  });

  it('bound to every interface, a loopback request gets the first LAN address', () => {
    for (const requestHost of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080']) {
      expect(linkBase({ publicUrl: null, bindHost: '0.0.0.0', port: 8080, requestHost, lan })).toBe(
        'http://192.168.1.20:8080',
      );
    }
  });

  it('keeps the address a request came in on when others can use it', () => {
    expect(
      linkBase({
        publicUrl: null,
        bindHost: '0.0.0.0',
        port: 8080,
        requestHost: 'laptop.local:8080',
        lan,
      }),
    ).toBe('http://laptop.local:8080');
    // bound to loopback only: nobody else can connect anyway
    expect(
      linkBase({
        publicUrl: null,
        bindHost: '127.0.0.1',
        port: 8080,
        requestHost: '127.0.0.1:8080',
        lan,
      }),
    ).toBe('http://127.0.0.1:8080');
  });

  it('falls back to the request host when the machine has no LAN address', () => {
    expect(
      linkBase({
        publicUrl: null,
        bindHost: '0.0.0.0',
        port: 8080,
        requestHost: '127.0.0.1:8080',
        lan: [],
      }),
    ).toBe('http://127.0.0.1:8080');
  });

  it('tells loopback hosts apart', () => {
    expect(isLoopbackHost('127.0.0.1:80')).toBe(true);
    expect(isLoopbackHost('127.1.2.3')).toBe(true);
    expect(isLoopbackHost('[::1]:8080')).toBe(true);
    expect(isLoopbackHost('192.168.1.20:8080')).toBe(false);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});

describe('start-up message', () => {
  it('bound to every interface: admin link on loopback, LAN addresses for others', () => {
    const text = startupMessage('0.0.0.0', 8080, null, 'tok/en', lan);
    expect(text.split('\n')[0]).toBe('Journeyboard is running: http://127.0.0.1:8080/?t=tok%2Fen');
    expect(text).toContain('On this network: http://192.168.1.20:8080, http://10.0.0.5:8080');
    expect(text).toContain('Share links point at http://192.168.1.20:8080');
  });

  it('with PUBLIC_URL, on loopback only, and with no network', () => {
    expect(startupMessage('0.0.0.0', 8080, 'https://board.example', 't', lan)).toContain(
      'Journeyboard is running: https://board.example/?t=t',
    );
    expect(startupMessage('127.0.0.1', 9000, null, 't', lan)).not.toContain('On this network');
    expect(startupMessage('0.0.0.0', 8080, null, 't', [])).toContain('set PUBLIC_URL');
  });
});

describe('a relay with HOST=0.0.0.0', () => {
  let relay: RelayProcess | null = null;
  afterEach(async () => {
    await relay?.stop('SIGKILL');
    relay = null;
  });

  /** The start-up message follows the "listening" line, maybe in a later chunk. */
  async function printed(r: RelayProcess): Promise<void> {
    await waitFor(
      () => /(Share links point at|No network address found).*\n/.test(r.output()),
      5000,
      'start-up message',
    );
  }

  async function shareUrl(r: RelayProcess): Promise<string> {
    const res = await fetch(`${r.http}/api/maps/workshop/share`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${r.adminToken}` },
      body: JSON.stringify({ role: 'edit' }),
    });
    return ((await res.json()) as { url: string }).url;
  }

  it('prints the LAN address and builds share links from it, not from 127.0.0.1', async () => {
    relay = await startRelay({ env: { HOST: '0.0.0.0' } });
    await printed(relay);
    const ip = lanAddresses()[0];
    const base = ip ? `http://${ip}:${relay.port}` : `http://127.0.0.1:${relay.port}`;
    if (ip) expect(relay.output()).toContain(`On this network: ${base}`);
    expect(relay.output()).toContain(`Journeyboard is running: http://127.0.0.1:${relay.port}/?t=`);
    expect(await shareUrl(relay)).toMatch(
      new RegExp(`^${base.replace(/\./g, '\\.')}/map/workshop\\?t=v1\\.`),
    );
  });

  it('uses PUBLIC_URL for share links and the printed link', async () => {
    relay = await startRelay({ env: { HOST: '0.0.0.0', PUBLIC_URL: 'https://board.example/' } });
    await printed(relay);
    expect(relay.output()).toContain('Journeyboard is running: https://board.example/?t=');
    expect(await shareUrl(relay)).toMatch(/^https:\/\/board\.example\/map\/workshop\?t=v1\./);
  });

  it('refuses a PUBLIC_URL that is not an http(s) URL', async () => {
    await expect(startRelay({ env: { PUBLIC_URL: 'board.example' } })).rejects.toThrow(
      /PUBLIC_URL must be a URL/,
    );
  });
});
