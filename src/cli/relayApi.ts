/** The relay's HTTP API as the CLI uses it (`GET /api/maps`), with the promised exit codes. */
import { CliError, EXIT } from './io';

/** A row of `GET /api/maps` (interfaces.md, "Additions"). */
export interface RelayMapRow {
  readonly id: string;
  /** maturity: a maturity check's document (no map file; `pull --all` skips it) */
  readonly kind: 'map' | 'template' | 'maturity';
  readonly title: string;
  readonly updatedAt: string;
  readonly trashed: boolean;
  readonly [field: string]: unknown;
}

/** `ws://host:port` → `http://host:port` (and wss → https), without a trailing slash. */
export function httpBase(relay: string): string {
  return relay.replace(/^ws(s?):\/\//, 'http$1://').replace(/\/+$/, '');
}

/** The maps and templates `token` may open on `relay`. */
export async function fetchMaps(relay: string, token: string): Promise<RelayMapRow[]> {
  let res: Response;
  try {
    res = await fetch(`${httpBase(relay)}/api/maps`, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new CliError(`cannot reach the relay at ${relay}: ${why}`, EXIT.relayUnreachable);
  }
  if (res.status === 401)
    throw new CliError('the relay refused the list: missing, wrong, expired or revoked token');
  if (!res.ok) {
    const text = await res.text().catch(() => '');
    throw new CliError(`the relay answered ${res.status}: ${text.slice(0, 200)}`);
  }
  const body = (await res.json()) as { maps?: unknown };
  if (!Array.isArray(body.maps)) throw new CliError('the relay sent no map list (too old?)');
  return body.maps as RelayMapRow[];
}
