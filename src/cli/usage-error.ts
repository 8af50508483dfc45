/** A mistake in how winnow was called: printed as one line `winnow: MESSAGE`, exit code 2, before any work. */
export class UsageError extends Error {
  override name = 'UsageError';
}
