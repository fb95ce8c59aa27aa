import { memo } from 'react';
import type { CommentView } from '../../model/snapshot';
import { useT } from '../../i18n';
import { socialMessages } from './socialMessages';
import { useFormatters } from './useFormatters';

export interface CommentItemProps {
  readonly comment: CommentView;
  readonly readOnly: boolean;
  /** only the author may delete a comment (names are not verified: this is a courtesy, not security) */
  readonly canDelete: boolean;
  readonly onResolve: (commentId: string, resolved: boolean) => void;
  readonly onDelete: (commentId: string) => void;
}

/** One comment: author, time, text, and resolve/reopen. */
export const CommentItem = memo(function CommentItem({
  comment,
  readOnly,
  canDelete,
  onResolve,
  onDelete,
}: CommentItemProps) {
  const t = useT(socialMessages);
  const f = useFormatters();
  return (
    <li className={comment.resolved ? 'comment comment-resolved' : 'comment'}>
      <p className="comment-meta">
        <strong>{comment.author}</strong>,{' '}
        <time dateTime={comment.at}>{f.dateTime(comment.at)}</time>
        {comment.resolved && <span className="comment-badge"> · {t('resolved')}</span>}
      </p>
      <p className="comment-text">{comment.text}</p>
      {!readOnly && (
        <button type="button" onClick={() => onResolve(comment.id, !comment.resolved)}>
          {comment.resolved ? t('reopen') : t('resolve')}
        </button>
      )}
      {!readOnly && canDelete && (
        <button type="button" onClick={() => onDelete(comment.id)}>
          {t('deleteComment')}
        </button>
      )}
    </li>
  );
});
