// The numeric claims among $ids (the claims an analyst has in view) stating a
// figure for $measure (null = all measures), read as figures.cypher reads the
// graph's: in date order, one row per claim, with only what a figure point
// shows. An id of no claim, or of a claim of no figure, is left out.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE size(c.measures) > 0 AND ($measure IS NULL OR $measure IN c.measures)
MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
OPTIONAL MATCH (c)-[:RELAYED_FROM]->(r:Source)
WITH c, sp, s, rep, pub, r ORDER BY c.day, c.id
RETURN c.id AS claimId, c.date AS date, c.quote AS quote, c.figures AS figures,
       sp.id AS speakerId, sp.name AS speakerName,
       s.id AS sourceId, coalesce(s.title, s.name) AS sourceTitle,
       coalesce(s.outlet, pub.name) AS outlet,
       rep.excerpt AS excerpt,
       r.id AS relayedId, coalesce(r.title, r.name) AS relayedTitle, r.outlet AS relayedOutlet
