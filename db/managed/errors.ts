import { ActionableError } from '../errors';

/** The managed Neo4j cannot be set up, started or stopped; the hint says what to do. */
export class ManagedNeo4jError extends ActionableError {}
