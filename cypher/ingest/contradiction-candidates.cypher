// Claims in the graph that use the words of a new article's claims: the
// review proposes, among them, those the article's claims may contradict
// (server/ingest/contradiction-candidates.ts keeps the other polarity,
// another speaker and a shared subject). One full-text lookup per claim.
// $queries: [{claim, lucene}], $limit: claims read per lookup
UNWIND $queries AS q
CALL (q) {
  CALL db.index.fulltext.queryNodes('claim_text', q.lucene, {limit: $limit}) YIELD node
  RETURN node AS c
}
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(source:Source)
RETURN q.claim AS claim, c.id AS id, c.text AS text, c.cue AS cue, c.date AS date,
       speaker {.id, .name} AS speaker,
       [(c)-[:ABOUT]->(e) | e {.id, .name}] AS about,
       source.title AS source
