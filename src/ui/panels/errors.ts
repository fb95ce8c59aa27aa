/** The message of anything thrown (commands throw DocError with a readable message). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
