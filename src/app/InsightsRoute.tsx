/** `/insights`: the insights view over every map the user can open (team repository and device). */
import { useState } from 'react';
import { openableMapSources } from '../sync';
import { InsightsScreen } from '../ui/insights/InsightsScreen';
import { cardPath, navigate } from './router';

export function InsightsRoute() {
  // read once per visit: the device's relay login decides whether team maps are in
  const [sources] = useState(openableMapSources);
  return (
    <InsightsScreen
      sources={sources}
      onOpen={(mapId, cardId) => navigate(cardPath(mapId, cardId))}
      onHome={() => navigate('/')}
    />
  );
}
