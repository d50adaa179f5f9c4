// Fast path of the loader, relationship pass: who published the sources created
// by create-sources (a new source has no old PUBLISHED_BY to replace).
// $rows: [{id, publisher}], publisher not null
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
MATCH (p:Actor {id: row.publisher})
MERGE (s)-[:PUBLISHED_BY]->(p)
