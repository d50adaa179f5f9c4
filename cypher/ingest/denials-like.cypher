// The graph's denials closest in words to a new source's assertions: what
// they may contradict (server/ingest/contradiction-candidates.ts keeps, for
// each assertion, those of another speaker that share a subject and words
// with it). One lookup for the whole article, in denial_text, which holds the
// denials only.
// $lucene, $limit
CALL db.index.fulltext.queryNodes('denial_text', $lucene, {limit: $limit}) YIELD node AS c
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(source:Source)
RETURN c.id AS id, c.text AS text, c.cue AS cue, c.date AS date,
       speaker {.id, .name} AS speaker,
       [(c)-[:ABOUT]->(e) | e {.id, .name}] AS about,
       source.title AS source
