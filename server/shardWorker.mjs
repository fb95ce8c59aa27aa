// Entry of a room worker thread (shards.ts): workers do not inherit the relay's
// `--import tsx`, so this plain module registers the TypeScript loader, then loads the worker.
import { register } from 'tsx/esm/api';

register();
await import('./shardWorker.ts');
