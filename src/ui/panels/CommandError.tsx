/** The reason the last command of a panel section was refused, announced to screen readers. */
export function CommandError({ error }: { readonly error: string | null }) {
  if (!error) return null;
  return (
    <p role="alert" className="field-error">
      {error}
    </p>
  );
}
