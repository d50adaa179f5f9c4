/** Neo4j failures the project answers in its own words, wherever they surface. */
import { Neo4jError } from 'neo4j-driver';

/**
 * A write found a node already holding a unique id: another transaction wrote
 * it first. Each write is one transaction, so this one changed nothing.
 */
export function isConstraintViolation(err: unknown): boolean {
  return (
    err instanceof Neo4jError && err.code === 'Neo.ClientError.Schema.ConstraintValidationFailed'
  );
}
