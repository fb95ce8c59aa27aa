/** The home screen's link to the insights view. */
import { useT } from '../i18n';
import { defineMessages } from '../i18n';
import { navigate } from './router';

const messages = defineMessages({
  en: { insights: 'Insights across maps' },
  de: { insights: 'Erkenntnisse über alle Maps' },
});

export function InsightsLink() {
  const t = useT(messages);
  return (
    <a
      href="/insights"
      className="jb-home__insights"
      onClick={(e) => {
        e.preventDefault();
        navigate('/insights');
      }}
    >
      {t('insights')}
    </a>
  );
}
