// Fast path of the loader for entity relations whose two ends were both absent
// when the load began (so the relation cannot exist yet, except from this very
// load: a retried batch or a second run, which the guard skips). CREATE takes no
// exclusive lock on hubs, unlike MERGE, so batches run side by side. The loader
// removes duplicate (from, type, to) rows first, keeping the last, as MERGE +
// SET would. The type is replaced as in merge-relations-typed.
// $rows: [[from, to, [sourceId], note]]
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
WHERE NOT EXISTS { (a)-[:REL_TYPE]->(b) }
CREATE (a)-[r:REL_TYPE]->(b)
SET r.sources = row[2], r.note = row[3]
