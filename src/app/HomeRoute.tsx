/** `/`: the home screen (the map catalog), with the language switch in its corner. */
import { LanguageSwitch } from '../ui/board/LanguageSwitch';
import { HomeScreen } from '../ui/home/HomeScreen';
import { InsightsLink } from './InsightsLink';
import { MaturityChecks } from './MaturityChecks';
import { mapPath, navigate } from './router';

export function HomeRoute() {
  return (
    <div className="jb-home">
      <div className="jb-home__lang">
        <InsightsLink />
        <LanguageSwitch />
      </div>
      <HomeScreen onOpen={(mapId) => navigate(mapPath(mapId))} />
      <MaturityChecks />
    </div>
  );
}
