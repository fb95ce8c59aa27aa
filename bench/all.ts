/** Every benchmark, in the order `npm run bench` runs them (cheap ones first). */
import { bigmapBrowser } from './bigmap-browser';
import { bundle } from './bundle';
import { capacity } from './capacity';
import { capacityCluster } from './capacity-cluster';
import { cluster } from './cluster';
import { coldload } from './coldload';
import { coldopenBrowser } from './coldopen-browser';
import { docsize } from './docsize';
import { exportPdf } from './export';
import { fanout } from './fanout';
import { peerBrowser } from './peer-browser';
import { team } from './team';
import { insights } from './insights';
import type { Benchmark } from './lib/result';

export const benchmarks: readonly Benchmark[] = [
  docsize,
  coldload,
  bundle,
  bigmapBrowser,
  peerBrowser,
  coldopenBrowser,
  exportPdf,
  insights,
  fanout,
  capacity,
  capacityCluster,
  cluster,
  team,
];
