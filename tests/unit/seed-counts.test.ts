import { query } from '../../db/cypher';
import { NODE_LABELS, RELATION_TYPES } from '../../seed/model';

// seed/counts names each label and type (so that Neo4j reads the count store);
// a label or type added to the model must be added there too.
describe('the loader report counts (cypher/seed/counts.cypher)', () => {
  const text = query('seed/counts');

  it('counts every label of the model, Entity included', () => {
    for (const label of [...NODE_LABELS, 'Entity']) expect(text).toContain(`MATCH (n:${label})`);
  });

  it('counts every relationship type of the model', () => {
    for (const type of RELATION_TYPES) expect(text).toContain(`MATCH ()-[r:${type}]->()`);
  });
});
