// Numeric claims: every claim stating a figure for $measure (null = all measures).
MATCH (sp:Actor)-[:SAID]->(c:Claim)-[rep:REPORTED_IN]->(s:Source)
WHERE size(c.measures) > 0 AND ($measure IS NULL OR $measure IN c.measures)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
RETURN c, sp, s, rep, pub
ORDER BY c.day, c.id
