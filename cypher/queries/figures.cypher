// Numeric claims: every claim stating a figure for $measure (null = all measures).
// Anchored on the claims: a scan of them beats expanding every speaker's claims.
MATCH (c:Claim)
USING SCAN c:Claim
WHERE size(c.measures) > 0 AND ($measure IS NULL OR $measure IN c.measures)
MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
WITH c, sp, s, rep, pub ORDER BY c.day, c.id
// Only what server/domain/claims.ts reads: not the source's 3 KB of text, not every property.
RETURN {elementId: elementId(c), labels: labels(c), properties: c {.id, .text, .quote, .cue, .date, .dateBasis, .note, .figures}} AS c,
       {elementId: elementId(sp), labels: labels(sp), properties: sp {.id, .name, .kind}} AS sp,
       {elementId: elementId(s), labels: labels(s), properties: s {.id, .title, .name, .outlet, .publishedDate}} AS s,
       rep, CASE WHEN pub IS NULL THEN null ELSE {elementId: elementId(pub), labels: labels(pub), properties: pub {.id, .name}} END AS pub
