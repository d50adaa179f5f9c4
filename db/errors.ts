/** Neo4j failures the project answers in its own words, wherever they surface. */
import { Neo4jError } from 'neo4j-driver';

/**
 * An error the user can act on (Neo4j cannot be started or reached, …), with
 * an optional hint: the CLIs print both, without a stack trace.
 */
export class ActionableError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** What a CLI prints for an error that ends it: `error:` and, if any, `hint:` lines. */
export function cliErrorLines(err: unknown): string {
  if (err instanceof ActionableError && err.hint) return `error: ${err.message}\nhint: ${err.hint}`;
  return `error: ${err instanceof Error ? err.message : String(err)}`;
}

/**
 * A write found a node already holding a unique id: another transaction wrote
 * it first. Each write is one transaction, so this one changed nothing.
 */
export function isConstraintViolation(err: unknown): boolean {
  return (
    err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}

/**
 * A query named a full-text index the database does not have: a graph written
 * by an earlier version that could not be brought up to date (a user who may
 * only read), or an index an administrator dropped.
 */
export function isMissingFulltextIndex(err: unknown, index: string): boolean {
  return (
    err instanceof Neo4jError &&
    new RegExp(`no such fulltext schema index: ${index}\\b`, 'i').test(err.message)
  );
}
