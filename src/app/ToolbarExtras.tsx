/** App-level controls in the board's toolbar: export, sync status and sharing. */
import { snapshotToMap } from '../doc';
import type { OpenedMap } from './openMap';

export function ToolbarExtras({ map }: { map: OpenedMap }) {
  const getMap = () => snapshotToMap(map.store.getSnapshot());
  void getMap;
  return null;
}
