// The claims of figures.cypher with only what comparing their figures needs
// (/api/figures?points=none: the measures and the disagreements, no points).
// The same claims in the same order; no provenance read: the source's title,
// its publisher and the excerpt were 40 % of that query's time at scale.
MATCH (c:Claim)
USING SCAN c:Claim
WHERE size(c.measures) > 0 AND ($measure IS NULL OR $measure IN c.measures)
MATCH (sp:Actor)-[:SAID]->(c)-[:REPORTED_IN]->(:Source)
WITH c, sp ORDER BY c.day, c.id
RETURN c.id AS claimId, c.date AS date, c.figures AS figures,
       sp.id AS speakerId, sp.name AS speakerName
