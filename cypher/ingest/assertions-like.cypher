// For each denial of a new source, the graph's assertions (claims that deny
// nothing) closest to it in words: what it may contradict
// (server/ingest/contradiction-candidates.ts keeps those of another speaker
// that share a subject with it). One full-text lookup per denial.
// $queries: [{claim, lucene}], $limit: claims read per lookup
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('claim_text', q.lucene, {limit: $limit}) YIELD node
  WITH node AS c WHERE NOT c:Denial
  RETURN c
}
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(source:Source)
RETURN q.claim AS claim, c.id AS id, c.text AS text, c.cue AS cue, c.date AS date,
       speaker {.id, .name} AS speaker,
       [(c)-[:ABOUT]->(e) | e {.id, .name}] AS about,
       source.title AS source
