/** "Add lane": choose one of the 15 lane types; the name defaults to the type's standard name. */
import { useState } from 'react';
import { addLane } from '../../doc';
import { laneTypeName } from '../../model/laneTypes';
import { LANE_TYPES, type LaneType } from '../../model/types';
import { useAttempt } from '../../session/useNotices';
import { useLanguageStore, useT } from '../../i18n';
import { useMapSession } from '../../session/MapSession';
import { boardMessages } from './messages';
import { Popover } from './Popover';

export function AddLaneMenu() {
  const t = useT(boardMessages);
  return (
    <Popover label={t('addLane')} buttonContent={<>+ {t('addLane')}</>}>
      {(close) => <AddLaneForm onDone={close} />}
    </Popover>
  );
}

function AddLaneForm({ onDone }: { onDone: () => void }) {
  const t = useT(boardMessages);
  const { doc } = useMapSession();
  const attempt = useAttempt();
  const language = useLanguageStore((s) => s.language);
  const [type, setType] = useState<LaneType>('touchpoints');
  const [name, setName] = useState('');
  return (
    <form
      className="jb-form"
      onSubmit={(e) => {
        e.preventDefault();
        const laneName = name.trim() || laneTypeName(type, language);
        if (attempt(() => addLane(doc, { type, name: laneName })) !== undefined) onDone();
      }}
    >
      <label>
        {t('laneType')}
        <select autoFocus value={type} onChange={(e) => setType(e.target.value as LaneType)}>
          {LANE_TYPES.map((lt) => (
            <option key={lt} value={lt}>
              {laneTypeName(lt, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('laneName')}
        <input
          value={name}
          placeholder={laneTypeName(type, language)}
          onChange={(e) => setName(e.target.value)}
        />
      </label>
      <div className="jb-form__buttons">
        <button type="button" className="jb-btn" onClick={onDone}>
          {t('cancel')}
        </button>
        <button type="submit" className="jb-btn jb-btn--primary">
          {t('add')}
        </button>
      </div>
    </form>
  );
}
