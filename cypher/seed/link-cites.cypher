// Fast path of the loader, relationship pass: what the sources that
// create-sources wrote cite (a new source has no CITES to replace; the cited
// source may be new or old). Runs once per batch (seed/batch-once); both ends
// are found by element id and checked against their ids, as in link-claims.
// $rows: [[sourceRef, sourceId, citedRef, citedId]]
UNWIND $rows AS row
MATCH (s:Source) WHERE elementId(s) = row[0]
MATCH (cited:Source) WHERE elementId(cited) = row[2]
WITH s, cited, row WHERE [s.id, cited.id] = [row[1], row[3]]
CREATE (s)-[:CITES]->(cited)
