/**
 * Who's here: one avatar per person in the room (name, colour, role), me first.
 * Clicking someone follows their viewport; clicking again stops.
 */
import { useCallback, useState } from 'react';
import type { PresenceUser, WorkshopRole } from '../../model/workshop/presence';
import type { Peers } from '../../sync/presence';
import { useT } from '../../i18n';
import { useUiStore } from '../../session/uiStore';
import { peopleOf, usePresence } from './hooks';
import { workshopMessages, type WorkshopMessage } from './messages';
import { useWorkshop } from './WorkshopContext';
import { initialsOf } from '../../model/initials';

const ROLE_KEY: Record<WorkshopRole, WorkshopMessage> = {
  facilitator: 'roleFacilitator',
  editor: 'roleEditor',
  commenter: 'roleCommenter',
  viewer: 'roleViewer',
};

/** Avatars shown before the rest fold into "+n". */
const SHOWN = 12;

function sameUsers(a: readonly PresenceUser[], b: readonly PresenceUser[]): boolean {
  return (
    a.length === b.length &&
    a.every((u, i) => {
      const v = b[i];
      return !!v && u.id === v.id && u.name === v.name && u.color === v.color && u.role === v.role;
    })
  );
}

const initials = (name: string) => initialsOf(name);

function Avatar({
  user,
  label,
  pressed,
  onClick,
}: {
  user: PresenceUser;
  label: string;
  pressed?: boolean;
  onClick?: () => void;
}) {
  const face = (
    <span className="jb-ws-avatar-face" style={{ background: user.color }} aria-hidden="true">
      {initials(user.name)}
    </span>
  );
  if (!onClick) {
    return (
      <li className="jb-ws-avatar" title={label}>
        {face}
        <span className="jb-sr">{label}</span>
      </li>
    );
  }
  return (
    <li className="jb-ws-avatar">
      <button
        type="button"
        className="jb-ws-avatar-button"
        aria-pressed={pressed}
        title={label}
        aria-label={label}
        onClick={onClick}
      >
        {face}
      </button>
    </li>
  );
}

export function WhosHere() {
  const t = useT(workshopMessages);
  const { user: me } = useWorkshop();
  const people = usePresence(
    useCallback((peers: Peers) => peopleOf(peers, me.id).map((s) => s.user), [me.id]),
    sameUsers,
  );
  const follows = useUiStore((s) => s.cameraFollows);
  const setCameraFollows = useUiStore((s) => s.setCameraFollows);
  const [expanded, setExpanded] = useState(false);
  const shown = expanded ? people : people.slice(0, SHOWN);
  const role = (u: PresenceUser) => t(ROLE_KEY[u.role]);

  return (
    <ul className="jb-ws-people" aria-label={t('whosHere')}>
      <Avatar
        user={me}
        label={t('personTitle', { name: t('you', { name: me.name }), role: role(me) })}
      />
      {shown.map((u) => {
        const following = follows === u.id;
        const label = `${t('personTitle', { name: u.name, role: role(u) })} — ${t(following ? 'unfollow' : 'follow', { name: u.name })}`;
        return (
          <Avatar
            key={u.id}
            user={u}
            label={label}
            pressed={following}
            onClick={() => setCameraFollows(following ? null : u.id)}
          />
        );
      })}
      {people.length > SHOWN && !expanded && (
        <li>
          <button type="button" className="jb-ws-more" onClick={() => setExpanded(true)}>
            {t('more', { n: people.length - SHOWN })}
          </button>
        </li>
      )}
    </ul>
  );
}
