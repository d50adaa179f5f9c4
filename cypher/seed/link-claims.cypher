// Fast path of the loader, relationship pass: the speaker, provenance span and
// subjects of claims that were not in the database when the load began (their
// nodes come from create-claims). A new claim has no links to replace or merge
// with, so they are CREATEd, which unlike MERGE takes no exclusive lock on the
// hubs at the other end and lets batches run side by side. The guard keeps it
// idempotent: a claim is linked in one transaction or not at all, so a claim
// with a REPORTED_IN is skipped (a retried batch, a second run).
// $rows: [[id, speaker, source, excerpt, start, end, [aboutId]]]
UNWIND $rows AS row
MATCH (c:Claim {id: row[0]})
WHERE NOT EXISTS { (c)-[:REPORTED_IN]->() }
MATCH (speaker:Actor {id: row[1]})
MATCH (source:Source {id: row[2]})
CREATE (speaker)-[:SAID]->(c)
CREATE (c)-[:REPORTED_IN {excerpt: row[3], start: row[4], end: row[5]}]->(source)
WITH c, row
UNWIND row[6] AS aboutId
OPTIONAL MATCH (e:Entity {id: aboutId})
OPTIONAL MATCH (s:Source {id: aboutId})
WITH c, coalesce(e, s) AS subject
CREATE (c)-[:ABOUT]->(subject)
