/** Every benchmark, in the order `npm run bench` runs them (cheap ones first). */
import { fanout } from './fanout';
import type { Benchmark } from './lib/result';

export const benchmarks: readonly Benchmark[] = [fanout];
