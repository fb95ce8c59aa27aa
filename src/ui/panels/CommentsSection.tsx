import { useCallback, useId, useState } from 'react';
import type { FormEvent } from 'react';
import { addComment, deleteComment, resolveComment } from '../../doc';
import type { CommentView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { canComment, useMapSession } from '../../session/MapSession';
import { CommentItem } from './CommentItem';
import { socialMessages } from './socialMessages';

export interface CommentsSectionProps {
  readonly cardId: string;
  readonly comments: readonly CommentView[];
  readonly run: (fn: () => void) => boolean;
}

/** The card's comment thread; new comments are signed with the local user's name. */
export function CommentsSection({ cardId, comments, run }: CommentsSectionProps) {
  const t = useT(socialMessages);
  const session = useMapSession();
  const { doc, user } = session;
  const readOnly = !canComment(session);
  const id = useId();
  const [text, setText] = useState('');

  const onResolve = useCallback(
    (commentId: string, resolved: boolean) =>
      run(() => resolveComment(doc, cardId, commentId, resolved)),
    [doc, cardId, run],
  );
  const onDelete = useCallback(
    (commentId: string) => run(() => deleteComment(doc, cardId, commentId)),
    [doc, cardId, run],
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = text.trim();
    if (!body) return;
    if (run(() => addComment(doc, cardId, { author: user.name, text: body }))) setText('');
  };

  return (
    <section className="panel-section comments" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('comments', { n: comments.length })}</h3>
      {comments.length === 0 ? (
        <p className="panel-note">{t('noComments')}</p>
      ) : (
        <ul>
          {comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              readOnly={readOnly}
              canDelete={c.author === user.name}
              onResolve={onResolve}
              onDelete={onDelete}
            />
          ))}
        </ul>
      )}
      {!readOnly && (
        <form onSubmit={submit}>
          <label htmlFor={`${id}-new`}>{t('newComment')}</label>
          <textarea
            id={`${id}-new`}
            rows={2}
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              // Ctrl/⌘+Enter sends, plain Enter is a line break
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
            }}
          />
          <button type="submit" disabled={text.trim() === ''}>
            {t('addComment')}
          </button>
        </form>
      )}
    </section>
  );
}
