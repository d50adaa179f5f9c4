// The graph's denials about any of the given entities: what a new source's
// assertions may contradict (server/ingest/contradiction-candidates.ts keeps
// those of another speaker that share a subject and words with one of them).
// A seek on claim_denies: denials are few, whatever the size of the graph.
// $about: entity ids
MATCH (c:Claim {denies: true})
WHERE EXISTS { (c)-[:ABOUT]->(e) WHERE e.id IN $about }
OPTIONAL MATCH (speaker:Actor)-[:SAID]->(c)
OPTIONAL MATCH (c)-[:REPORTED_IN]->(source:Source)
RETURN null AS claim, c.id AS id, c.text AS text, c.cue AS cue, c.date AS date,
       speaker {.id, .name} AS speaker,
       [(c)-[:ABOUT]->(e) | e {.id, .name}] AS about,
       source.title AS source
