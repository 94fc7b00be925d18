/** A command line the user got wrong: reported with the usage text and exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
