// Upserts entity relations of one type. The loader replaces the type below with
// a type from seed/model.ts ENTITY_RELATION_TYPES (never free input): a static
// type lets MERGE check only that type's relationships of the lower-degree end,
// where a dynamic $(row.type) would scan all of them (hubs!).
// $rows: [[from, to, [sourceId], note]]
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
MERGE (a)-[r:REL_TYPE]->(b)
SET r.sources = row[2], r.note = row[3]
