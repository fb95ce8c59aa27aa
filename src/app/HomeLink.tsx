/** The "back home" link of the error screens: a real link to `/`, followed in-app. */
import { useT } from '../i18n';
import { appMessages } from './messages';
import { navigate } from './router';

export function HomeLink() {
  const t = useT(appMessages);
  return (
    <a
      href="/"
      onClick={(e) => {
        e.preventDefault();
        navigate('/');
      }}
    >
      {t('backHome')}
    </a>
  );
}
