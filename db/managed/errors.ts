/** An error the user can act on: printed without a stack trace by the CLIs. */
export class ManagedNeo4jError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'ManagedNeo4jError';
  }
}
