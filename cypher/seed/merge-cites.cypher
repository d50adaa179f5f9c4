// Replaces the CITES links of the given sources. $rows: [{id, cites: [sourceId]}]
UNWIND $rows AS row
MATCH (s:Source {id: row.id})
OPTIONAL MATCH (s)-[old:CITES]->()
DELETE old
WITH DISTINCT s, row
UNWIND row.cites AS citedId
MATCH (cited:Source {id: citedId})
MERGE (s)-[:CITES]->(cited)
