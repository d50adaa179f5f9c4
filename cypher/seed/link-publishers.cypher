// Fast path of the loader, relationship pass: who published the sources that
// create-sources wrote (a new source has no PUBLISHED_BY to replace). Runs
// once per batch (seed/batch-once); both ends are found by element id and
// checked against their ids, as in link-claims.
// $rows: [[sourceRef, sourceId, publisherRef, publisherId]]
UNWIND $rows AS row
MATCH (s:Source) WHERE elementId(s) = row[0]
MATCH (p:Actor) WHERE elementId(p) = row[2]
WITH s, p, row WHERE [s.id, p.id] = [row[1], row[3]]
CREATE (s)-[:PUBLISHED_BY]->(p)
