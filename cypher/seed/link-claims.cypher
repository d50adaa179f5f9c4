// Fast path of the loader, relationship pass: the speaker, provenance span and
// subjects of claims that were not in the database when the load began (their
// nodes come from create-claims). A new claim has no links to replace or merge
// with, so they are CREATEd, which unlike MERGE takes no exclusive lock on the
// hubs at the other end and lets batches run side by side. The guard keeps it
// idempotent: a claim is linked in one transaction or not at all, so a claim
// with a REPORTED_IN is skipped (a retried batch, a second run).
// Every node is found by the element id the node pass returned: a direct
// lookup, where a seek in the id index compares strings at every level and was
// the largest cost of the step. Each is checked against its label and id, so
// that an element id reused since (after a deletion by another writer) never
// links the wrong node: the row is skipped, as a missing node is when found by
// id. The ids are compared as lists, a form the planner does not turn back
// into an index seek.
// $rows: [[claimRef, claimId, speakerRef, speakerId, sourceRef, sourceId,
//          excerpt, start, end, [[subjectRef, subjectId]]]]
UNWIND $rows AS row
MATCH (c:Claim) WHERE elementId(c) = row[0]
MATCH (speaker:Actor) WHERE elementId(speaker) = row[2]
MATCH (source:Source) WHERE elementId(source) = row[4]
WITH c, speaker, source, row
WHERE [c.id, speaker.id, source.id] = [row[1], row[3], row[5]]
  AND NOT EXISTS { (c)-[:REPORTED_IN]->() }
CREATE (speaker)-[:SAID]->(c)
CREATE (c)-[:REPORTED_IN {excerpt: row[6], start: row[7], end: row[8]}]->(source)
WITH c, row
CALL (c, row) {
  UNWIND row[9] AS subject
  MATCH (s) WHERE elementId(s) = subject[0]
  WITH c, s, subject WHERE [s.id] = [subject[1]] AND (s:Entity OR s:Source)
  CREATE (c)-[:ABOUT]->(s)
}
