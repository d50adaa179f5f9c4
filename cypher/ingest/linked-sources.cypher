// The sources analysts linked, newest first (those linked before sources
// recorded when come last, by title), with how many claims each holds.
// $limit
MATCH (s:Source) WHERE s.origin = 'ingest'
RETURN s.id AS id, s.title AS title, s.outlet AS outlet, s.publishedDate AS publishedDate,
       s.linkedAt AS linkedAt, COUNT { (:Claim)-[:REPORTED_IN]->(s) } AS claims
ORDER BY s.linkedAt IS NULL, s.linkedAt DESC, s.title
LIMIT $limit
