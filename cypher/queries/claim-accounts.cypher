// Every source with the claims it reports and the claims other articles relay from it,
// titled and named as the figures query names them (queries/figures.cypher): read once
// per graph version, so that counting which sources dispute a source's claims (thousands
// of other claims at scale) asks nothing per request. A claim's account is the report it
// is relayed from, else its article (server/domain/claim-accounts.ts). In id order: a
// claim reported in two sources is counted with the first.
MATCH (s:Source)
WITH s ORDER BY s.id
RETURN s.id AS id, coalesce(s.title, s.name) AS title,
       coalesce(s.outlet, COLLECT { MATCH (s)-[:PUBLISHED_BY]->(pub:Actor) RETURN pub.name }[0]) AS outlet,
       COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(s) RETURN c.id } AS claims,
       COLLECT { MATCH (c:Claim)-[:RELAYED_FROM]->(s) RETURN c.id } AS relayed
