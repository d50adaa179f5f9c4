// Fast path of the loader, relationship pass: the speaker, provenance span and
// subjects of claims that were not in the database when the load began (their
// nodes come from create-claims). A new claim has no links to replace or merge
// with, so they are CREATEd, which unlike MERGE takes no exclusive lock on the
// hubs at the other end and lets batches run side by side. The guard keeps it
// idempotent: a claim is linked in one transaction or not at all, so a claim
// with a REPORTED_IN is skipped (a retried batch, a second run).
// Subjects come split by label (the loader knows which ids are sources), so
// that each is found with one index seek.
// $rows: [[id, speaker, source, excerpt, start, end, [aboutEntityId], [aboutSourceId]]]
UNWIND $rows AS row
MATCH (c:Claim {id: row[0]})
WHERE NOT EXISTS { (c)-[:REPORTED_IN]->() }
MATCH (speaker:Actor {id: row[1]})
MATCH (source:Source {id: row[2]})
CREATE (speaker)-[:SAID]->(c)
CREATE (c)-[:REPORTED_IN {excerpt: row[3], start: row[4], end: row[5]}]->(source)
WITH c, row
CALL (c, row) {
  UNWIND row[6] AS entityId
  MATCH (e:Entity {id: entityId})
  CREATE (c)-[:ABOUT]->(e)
}
CALL (c, row) {
  UNWIND row[7] AS sourceId
  MATCH (s:Source {id: sourceId})
  CREATE (c)-[:ABOUT]->(s)
}
