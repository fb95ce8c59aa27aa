/** `/`: the home screen (map catalog) with the app header. */
import { createFromStandard } from '../storage';
import { LanguageSwitch } from '../ui/board/LanguageSwitch';
import { useLanguageStore } from '../ui/i18n';
import { mapPath, navigate } from './router';

export function HomeRoute() {
  const language = useLanguageStore((s) => s.language);
  return (
    <div className="jb-home">
      <header className="jb-toolbar">
        <h1 className="jb-toolbar__title">Journeyboard</h1>
        <div className="jb-toolbar__spacer" />
        <LanguageSwitch />
      </header>
      <main className="jb-center">
        <button
          type="button"
          className="jb-btn jb-btn--primary"
          onClick={async () => navigate(mapPath(await createFromStandard(language, 'Journey map')))}
        >
          New map
        </button>
      </main>
    </div>
  );
}
