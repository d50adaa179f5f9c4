// Numeric claims: every claim stating a figure for $measure (null = all measures),
// in date order, one row per claim with only what a figure point shows (see
// server/domain/figures.ts): not the claim's text, not the source's 3 KB of
// article, no element ids. At scale, all measures are tens of thousands of rows,
// and the answer's time was mostly spent carrying and decoding whole nodes.
// Anchored on the claims: a scan of them beats expanding every speaker's claims.
MATCH (c:Claim)
USING SCAN c:Claim
WHERE size(c.measures) > 0 AND ($measure IS NULL OR $measure IN c.measures)
MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
// The report the article relays it from: which source gave the figure first.
// A claim is relayed from one report at most (the seed and commits write one).
// At scale 1000, alternated: one measure 262 → 264 ms (median of 12), all
// 71,880 points 1,470 → 1,671 ms; a COLLECT subquery per row cost more.
OPTIONAL MATCH (c)-[:RELAYED_FROM]->(r:Source)
WITH c, sp, s, rep, pub, r ORDER BY c.day, c.id
RETURN c.id AS claimId, c.date AS date, c.quote AS quote, c.figures AS figures,
       sp.id AS speakerId, sp.name AS speakerName,
       s.id AS sourceId, coalesce(s.title, s.name) AS sourceTitle,
       coalesce(s.outlet, pub.name) AS outlet,
       rep.excerpt AS excerpt,
       r.id AS relayedId, coalesce(r.title, r.name) AS relayedTitle, r.outlet AS relayedOutlet
