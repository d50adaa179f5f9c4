// Fast path of the loader, relationship pass: the speaker, provenance span and
// subjects of claims that were not in the database when the load began (their
// nodes come from create-claims). A new claim has no links to replace or merge
// with, so they are CREATEd, which unlike MERGE takes no exclusive lock on the
// hubs at the other end and lets batches run side by side. Runs once per batch
// (seed/batch-once), so a retried batch links nothing twice.
// Every node is found by the element id the node pass returned: a direct
// lookup, where a seek in the id index compares strings at every level and was
// the largest cost of the step. Each is checked against its label and id, so
// that an element id reused since (after a deletion by another writer) never
// links the wrong node: the row is skipped, as a missing node is when found by
// id. The ids are compared as lists, a form the planner does not turn back
// into an index seek.
// The excerpt of the provenance span is the claim's own (create-claims wrote
// it), read here rather than sent a second time.
// $rows: [[claimRef, claimId, speakerRef, speakerId, sourceRef, sourceId,
//          start, end, [[subjectRef, subjectId]]]]
UNWIND $rows AS row
MATCH (c:Claim) WHERE elementId(c) = row[0]
MATCH (speaker:Actor) WHERE elementId(speaker) = row[2]
MATCH (source:Source) WHERE elementId(source) = row[4]
WITH c, speaker, source, row
WHERE [c.id, speaker.id, source.id] = [row[1], row[3], row[5]]
CREATE (speaker)-[:SAID]->(c)
CREATE (c)-[:REPORTED_IN {excerpt: c.excerpt, start: row[6], end: row[7]}]->(source)
WITH c, row
UNWIND row[8] AS subject
MATCH (s) WHERE elementId(s) = subject[0]
WITH c, s, subject WHERE [s.id] = [subject[1]] AND (s:Entity OR s:Source)
CREATE (c)-[:ABOUT]->(s)
