/**
 * The map's own details next to the canvas: title, description, scenario, CX goal,
 * state, owner, tags, content language, the persona, and the phases' names and
 * descriptions. Fields save while typing; one edit is one undo step (see useDraft).
 */
import { useCallback, useMemo } from 'react';
import { updateMeta } from '../../doc';
import type { MetaPatch } from '../../doc';
import { localeOf, useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import { ChipInput } from './ChipInput';
import { CommandError } from './CommandError';
import { commonMessages } from './commonMessages';
import { contentLanguageOptions } from './contentLanguages';
import { mapPanelMessages } from './mapPanelMessages';
import { PersonaSection } from './PersonaSection';
import { PhasesSection } from './PhasesSection';
import { SelectField } from './SelectField';
import { MetaTextField } from './MetaTextField';
import { TextField } from './TextField';
import { useCommand } from './useCommand';
import { useVocabulary } from './useVocabulary';

type OptionalTextKey = 'description' | 'scenario' | 'cxGoal' | 'owner';

export function MapPanel() {
  const t = useT(mapPanelMessages);
  const tc = useT(commonMessages);
  const { doc, readOnly } = useMapSession();
  const meta = useSnapshot((s) => s.meta);
  const uiLanguage = useLanguageStore((s) => s.language);
  const { run, error } = useCommand();
  const vocabulary = useVocabulary();

  const patch = useCallback((p: MetaPatch) => run(() => updateMeta(doc, p)), [doc, run]);
  // empty optional text removes the field instead of storing ""
  const optional = (key: OptionalTextKey) => (value: string) =>
    updateMeta(doc, { [key]: value.trim() === '' ? undefined : value });

  const languages = useMemo(
    () => contentLanguageOptions(meta.language, localeOf(uiLanguage)),
    [meta.language, uiLanguage],
  );

  return (
    <section className="panel map-panel" aria-labelledby="map-panel-heading">
      <h2 id="map-panel-heading">{t('heading')}</h2>
      {readOnly && <p className="panel-note">{tc('readOnly')}</p>}
      <TextField
        label={t('title')}
        value={meta.title}
        disabled={readOnly}
        maxLength={200}
        validate={(v) => (v.trim() === '' ? t('titleRequired') : null)}
        onCommit={(v) => updateMeta(doc, { title: v.trim() })}
      />
      <MetaTextField field="description" />
      <MetaTextField field="scenario" />
      <MetaTextField field="cxGoal" />
      <SelectField
        label={t('state')}
        value={meta.state ?? ''}
        disabled={readOnly}
        options={[
          { value: '', label: t('stateNone') },
          { value: 'current', label: t('stateCurrent') },
          { value: 'future', label: t('stateFuture') },
        ]}
        onChange={(v) => patch({ state: v === 'current' || v === 'future' ? v : undefined })}
      />
      <TextField
        label={t('owner')}
        value={meta.owner ?? ''}
        disabled={readOnly}
        maxLength={200}
        onCommit={optional('owner')}
      />
      <ChipInput
        label={tc('tags')}
        suggestions={vocabulary.tags}
        values={meta.tags ?? []}
        disabled={readOnly}
        onChange={(tags) => patch({ tags: tags.length ? tags : undefined })}
      />
      <SelectField
        label={t('contentLanguage')}
        value={meta.language ?? ''}
        disabled={readOnly}
        options={[{ value: '', label: t('languageNone') }, ...languages]}
        onChange={(v) => patch({ language: v || undefined })}
      />
      <CommandError error={error} />
      <PersonaSection persona={meta.persona} />
      <PhasesSection />
    </section>
  );
}
