/**
 * Queries that spell out the model's relationship types (so that Neo4j reads a
 * hub's relationships of one type from its per-type groups) must spell out
 * every one of them: a type added to seed/model.ts and missing here would be
 * silently neither followed nor counted.
 */
import { query } from '../../db/cypher';
import { RELATION_TYPES } from '../../seed/model';

describe('cypher/queries/neighborhood-level.cypher', () => {
  const text = query('queries/neighborhood-level');

  test.each(RELATION_TYPES)('follows and counts %s by its written type', (type) => {
    expect(text).toContain(`MATCH (f)-[r:${type}]-(m) WHERE '${type}' IN $rels RETURN r, m`);
    expect(text).toContain(`WHEN '${type}' THEN COUNT { (f)-[:${type}]-() }`);
  });

  test('names no type the model does not have', () => {
    const written = [...text.matchAll(/\[r?:([A-Z_]+)\]/g)].map((m) => m[1]);
    expect(written.length).toBe(2 * RELATION_TYPES.length);
    expect(written.filter((t) => !(RELATION_TYPES as readonly string[]).includes(t!))).toEqual([]);
  });
});
