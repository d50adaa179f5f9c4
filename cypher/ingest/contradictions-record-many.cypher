// Contradictions an analyst confirmed while reviewing a new source: each of
// its claims against a claim already in the graph, with the note saying why.
// Written in the commit's transaction, after the source's claims.
// $rows: [{claim, contradicts, note}]
UNWIND $rows AS row
MATCH (a:Claim {id: row.claim})
MATCH (b:Claim {id: row.contradicts})
MERGE (a)-[k:CONTRADICTS]-(b)
  ON CREATE SET k.note = row.note, k.origin = 'analyst', k.recordedAt = datetime()
RETURN startNode(k).id AS claim, endNode(k).id AS contradicts
