/**
 * The persona band's picture control: pick a PNG, JPEG or WebP file (downscaled to
 * 256 px, personaPicture.ts) or remove the picture. A refused file changes nothing
 * and says why; the picture syncs with the map (persona `x-image`).
 */
import { useRef, useState } from 'react';
import { setPersonaImage } from '../../doc';
import { personaImageOf, PERSONA_IMAGE_TYPES } from '../../model/personaImage';
import { describeError, useLanguageStore, useT } from '../../i18n';
import { useMapSession, useSnapshot } from '../../session/MapSession';
import type { PictureError } from './personaPicture';
import { personaBandMessages } from './personaBandMessages';

const isPictureError = (error: unknown): error is PictureError =>
  error instanceof Error && error.name === 'PictureError';

export function PersonaPicture() {
  const t = useT(personaBandMessages);
  const language = useLanguageStore((s) => s.language);
  const { doc } = useMapSession();
  const persona = useSnapshot((s) => s.meta.persona);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!persona) return null;
  const picture = personaImageOf(persona);

  const pick = async (file: File) => {
    setBusy(true);
    try {
      // the decoder loads with the first picture picked, not with the board
      const { pictureFromFile } = await import('./personaPicture');
      setPersonaImage(doc, await pictureFromFile(file));
      setMessage({ text: t('pictureSet'), error: false });
    } catch (error) {
      const text = isPictureError(error)
        ? t(`picture_${error.problem}`)
        : describeError(error, language);
      setMessage({ text: `${text} ${t('pictureUnchanged')}`, error: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="jb-persona__picture" role="group" aria-label={t('picture')}>
      <input
        ref={input}
        type="file"
        accept={PERSONA_IMAGE_TYPES.join(',')}
        className="jb-sr"
        tabIndex={-1}
        aria-label={t('picture')}
        data-testid="persona-picture-input"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void pick(file);
        }}
      />
      <button
        type="button"
        className="jb-btn"
        disabled={busy}
        onClick={() => input.current?.click()}
      >
        {t(picture ? 'changePicture' : 'choosePicture')}
      </button>
      {picture && (
        <button
          type="button"
          className="jb-btn"
          disabled={busy}
          onClick={() => {
            setPersonaImage(doc, null);
            setMessage({ text: t('pictureRemoved'), error: false });
          }}
        >
          {t('removePicture')}
        </button>
      )}
      <span className="jb-persona__hint">{t('pictureHint')}</span>
      <span role={message?.error ? 'alert' : 'status'} className="jb-persona__message">
        {message?.text ?? ''}
      </span>
    </div>
  );
}
