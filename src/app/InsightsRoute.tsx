/** `/insights`: the insights view over the maps on this device (team maps plug in as another source). */
import { deviceMaps, type MapSource } from '../storage';
import { InsightsScreen } from '../ui/insights/InsightsScreen';
import { cardPath, navigate } from './router';

const SOURCES: readonly MapSource[] = [deviceMaps];

export function InsightsRoute() {
  return (
    <InsightsScreen
      sources={SOURCES}
      onOpen={(mapId, cardId) => navigate(cardPath(mapId, cardId))}
      onHome={() => navigate('/')}
    />
  );
}
