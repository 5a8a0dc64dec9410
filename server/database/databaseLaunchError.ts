/**
 * The one error the database launcher throws: a single line that tells the
 * person at the terminal what went wrong and what to do about it.
 */
export class DatabaseLaunchError extends Error {
  override name = 'DatabaseLaunchError'
}
