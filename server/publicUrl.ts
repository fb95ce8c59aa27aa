/**
 * Where other people reach this relay, for share links and the start-up message.
 *
 * A facilitator usually opens the admin link on their own laptop (http://127.0.0.1:…),
 * so the Host header of their share request names the loopback address, which is
 * useless on a participant's laptop. Order: PUBLIC_URL when set; else the address the
 * request came in on, unless that is loopback while the relay listens on every
 * interface — then the first non-internal IPv4 address of this machine.
 */
import { networkInterfaces } from 'node:os';

/** Non-internal IPv4 addresses of this machine, in interface order. */
export function lanAddresses(): string[] {
  const found: string[] = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const info of list ?? []) {
      if (info.family === 'IPv4' && !info.internal) found.push(info.address);
    }
  }
  return found;
}

/** Whether the bind address means "every interface" (HOST=0.0.0.0 or ::). */
export function bindsAllInterfaces(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '' || host === '[::]';
}

/** Whether a Host header (`name[:port]`) points at this machine's loopback. */
export function isLoopbackHost(hostHeader: string): boolean {
  const name = hostHeader.startsWith('[')
    ? hostHeader.slice(1, hostHeader.indexOf(']'))
    : hostHeader.replace(/:\d+$/, '');
  return name === 'localhost' || name === '::1' || /^127\./.test(name);
}

export interface LinkBaseInput {
  /** PUBLIC_URL, or null */
  readonly publicUrl: string | null;
  /** the bind address (HOST) */
  readonly bindHost: string;
  /** the port actually bound */
  readonly port: number;
  /** the request's Host header, when there is a request */
  readonly requestHost?: string | undefined;
  /** this machine's LAN addresses (lanAddresses(); injectable for tests) */
  readonly lan: readonly string[];
}

/** The base URL (no trailing slash) that share links should start with. */
export function linkBase(input: LinkBaseInput): string {
  if (input.publicUrl) return input.publicUrl.replace(/\/+$/, '');
  const all = bindsAllInterfaces(input.bindHost);
  const host = input.requestHost;
  if (host && !(all && isLoopbackHost(host))) return `http://${host}`;
  if (all && input.lan[0]) return `http://${input.lan[0]}:${input.port}`;
  if (host) return `http://${host}`;
  return `http://${all ? '127.0.0.1' : input.bindHost}:${input.port}`;
}
