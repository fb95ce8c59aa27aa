/** Test helper: the sample maps pushed to a test relay with the real CLI (`journey push`). */
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main';
import type { RelayProcess } from './testing';

const FIXTURES = fileURLToPath(new URL('../src/model/fixtures', import.meta.url));
/** the map ids of the two sample maps */
export const KFZ = 'kfz-versicherung-2026';
export const SAAS = 'saas-onboarding';

/** Pushes `src/model/fixtures/<name>.journey.json` as the relay's admin; throws with the CLI's error. */
export async function pushFixture(relay: RelayProcess, name: string): Promise<void> {
  let err = '';
  const code = await main(
    ['push', `${FIXTURES}/${name}.journey.json`, '--relay', relay.ws, '--token', relay.adminToken],
    { stdout: () => {}, stderr: (t) => (err += t), cwd: FIXTURES },
  );
  if (code !== 0) throw new Error(err);
}
