/** "New map": a title and a template (standard EN/DE or a saved template). */
import { useId, useState } from 'react';
import type { CatalogEntry } from '../../storage';
import { useLanguageStore, useT } from '../../i18n';
import { homeMessages } from './messages';
import { teamMessages } from './teamMessages';

export type TemplateChoice = 'standard:en' | 'standard:de' | `saved:${string}`;

export function CreateMapForm({
  templates,
  teamTemplates = [],
  onCreate,
}: {
  templates: readonly CatalogEntry[];
  /** the team repository's templates (published to the relay) */
  teamTemplates?: readonly CatalogEntry[];
  onCreate: (choice: TemplateChoice, title: string) => Promise<void>;
}) {
  const t = useT(homeMessages);
  const tt = useT(teamMessages);
  const language = useLanguageStore((s) => s.language);
  // the standard template follows the UI language until the user picks one
  const [picked, setPicked] = useState<TemplateChoice | null>(null);
  const choice: TemplateChoice = picked ?? (language === 'de' ? 'standard:de' : 'standard:en');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const titleId = useId();
  const templateId = useId();

  return (
    <form
      className="home-create"
      aria-label={t('newMap')}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        onCreate(choice, title.trim() || t('newTitleDefault')).finally(() => setBusy(false));
      }}
    >
      <h2>{t('newMap')}</h2>
      <div className="home-field">
        <label htmlFor={titleId}>{t('newTitle')}</label>
        <input
          id={titleId}
          value={title}
          maxLength={200}
          placeholder={t('newTitleDefault')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </div>
      <div className="home-field">
        <label htmlFor={templateId}>{t('template')}</label>
        <select
          id={templateId}
          value={choice}
          onChange={(e) => setPicked(e.target.value as TemplateChoice)}
        >
          <option value="standard:en">{t('standardEn')}</option>
          <option value="standard:de">{t('standardDe')}</option>
          {templates.length > 0 && (
            <optgroup label={t('savedTemplates')}>
              {templates.map((tpl) => (
                <option key={tpl.id} value={`saved:${tpl.id}`}>
                  {tpl.title}
                </option>
              ))}
            </optgroup>
          )}
          {teamTemplates.length > 0 && (
            <optgroup label={tt('teamTemplates')}>
              {teamTemplates.map((tpl) => (
                <option key={tpl.id} value={`saved:${tpl.id}`}>
                  {tpl.title}
                </option>
              ))}
            </optgroup>
          )}
        </select>
      </div>
      <button type="submit" className="is-primary" disabled={busy}>
        {busy ? t('creating') : t('create')}
      </button>
    </form>
  );
}
