// The sources analysts linked, and those removed since (removedAt set), newest
// first by when they were linked (those linked before sources recorded when
// come last, by title), with how many claims each holds or held. The reports
// their commits added (held: false, no text) are theirs, not linked sources.
// $limit
CALL () {
  MATCH (s:Source) WHERE s.origin = 'ingest' AND coalesce(s.held, true)
  RETURN s.id AS id, s.title AS title, s.outlet AS outlet, s.publishedDate AS publishedDate,
         s.linkedAt AS linkedAt, COUNT { (:Claim)-[:REPORTED_IN]->(s) } AS claims,
         null AS removedAt
  UNION ALL
  MATCH (r:RemovedSource)
  RETURN r.source AS id, r.title AS title, r.outlet AS outlet,
         r.publishedDate AS publishedDate, r.linkedAt AS linkedAt, r.claims AS claims,
         r.removedAt AS removedAt
}
RETURN id, title, outlet, publishedDate, linkedAt, claims, removedAt
ORDER BY linkedAt IS NULL, linkedAt DESC, removedAt IS NULL, title
LIMIT $limit
