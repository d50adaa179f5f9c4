// Upserts entity relations. The type comes from the loader's allow-list
// (seed/model.ts ENTITY_RELATION_TYPES), never from free input.
// $rows: [{type, from, to, sources: [sourceId], note}]
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r.sources = row.sources, r.note = row.note
