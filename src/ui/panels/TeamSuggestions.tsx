import { memo } from 'react';
import { useTeams } from './useTeams';

/** A datalist of the map's teams; give its id to an input's `list`. */
export const TeamSuggestions = memo(function TeamSuggestions({ id }: { readonly id: string }) {
  const teams = useTeams();
  return (
    <datalist id={id}>
      {teams.map((team) => (
        <option key={team} value={team} />
      ))}
    </datalist>
  );
});
