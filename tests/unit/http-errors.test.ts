/**
 * The one place that turns errors into responses (server/http/errors.ts): a
 * write that lost a race for an id is a 409 with a message, not a 500.
 */
import express from 'express';
import { Neo4jError } from 'neo4j-driver';
import request from 'supertest';
import { errorHandler } from '../../server/http/errors';

/** As the driver builds them from the server's failure message. */
const neo4jError = (message: string, code: string) =>
  new Neo4jError(message, code, '50N42', `error: ${message}`);

function appThrowing(err: Error) {
  const app = express();
  app.post('/write', () => {
    throw err;
  });
  app.use(errorHandler);
  return app;
}

describe('errorHandler', () => {
  it('answers 409 when a write hit a uniqueness constraint', async () => {
    const err = neo4jError(
      "Node(7) already exists with label `Entity` and property `id` = 'act-x'",
      'Neo.ClientError.Schema.ConstraintValidationFailed',
    );
    const res = await request(appThrowing(err)).post('/write').expect(409);
    expect(res.body.error).toMatch(/same record at the same time; this request changed nothing/);
  });

  it('still answers 500, without details, for other database errors', async () => {
    const err = neo4jError('boom', 'Neo.DatabaseError.General.UnknownError');
    const res = await request(appThrowing(err)).post('/write').expect(500);
    expect(res.body).toEqual({ error: 'internal error', requestId: '' });
  });
});
