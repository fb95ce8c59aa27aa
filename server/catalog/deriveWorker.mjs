// Entry of the catalog worker thread: workers do not inherit the relay's `--import tsx`,
// so this plain module registers the TypeScript loader, then loads the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./deriveWorker.ts');
