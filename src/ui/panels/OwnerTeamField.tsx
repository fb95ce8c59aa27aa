/** An owner team: free text, suggested from the teams the map already names; blank clears it. */
import { TextField } from './TextField';

export function OwnerTeamField(props: {
  readonly label: string;
  readonly value: string | undefined;
  /** the id of the `TeamSuggestions` list */
  readonly listId: string;
  readonly disabled: boolean;
  readonly onCommit: (team: string | undefined) => void;
  readonly onEnd?: () => void;
}) {
  const { value, listId, onCommit, ...rest } = props;
  return (
    <TextField
      {...rest}
      value={value ?? ''}
      list={listId}
      maxLength={200}
      onCommit={(v) => onCommit(v.trim() || undefined)}
    />
  );
}
