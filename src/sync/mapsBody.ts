/** The relay's map lists (`/api/maps`, `/api/insights/maps`): `{ maps, role }` or an error. */
import { ShareApiError } from './share';

/** The list and the caller's role from a relay answer; a ShareApiError when it is not one. */
export async function readMapsBody<T>(res: Response): Promise<{ maps: T[]; role: string }> {
  const body = (await res.json().catch(() => ({}))) as {
    maps?: T[];
    role?: string;
    error?: string;
    message?: string;
  };
  if (!res.ok || !Array.isArray(body.maps))
    throw new ShareApiError(
      res.status,
      body.error ?? 'http-error',
      body.message ?? `HTTP ${res.status}`,
    );
  return { maps: body.maps, role: body.role ?? 'view' };
}
