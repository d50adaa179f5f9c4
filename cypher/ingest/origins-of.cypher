// What each of a few claims' accounts goes back to: the report its source
// relays it from, else its source. An article being linked counts, for each of
// its figures, the reports the graph's agreeing figures rest on
// (server/ingest/preview.ts), as a claim's agreements do once committed; the
// few it lists are named by ingest/sources-present.
// $ids: claim ids; one that is gone, or reported nowhere, is left out.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[:RELAYED_FROM]->(r:Source)
WITH c, min(r.id) AS relayedFrom
OPTIONAL MATCH (c)-[:REPORTED_IN]->(s:Source)
WITH c, relayedFrom, min(s.id) AS source
WHERE coalesce(relayedFrom, source) IS NOT NULL
RETURN c.id AS id, coalesce(relayedFrom, source) AS origin
