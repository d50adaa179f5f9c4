// Where a few claims were reported: the excerpt and the source, for figures
// named without their provenance (the Disputes panel's widest pairs, the
// graph's figures an article being linked disagrees with), so that an analyst
// sees which source said each, and the report it relays the claim from.
// $ids: claim ids; one that is gone is left out.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[rep:REPORTED_IN]->(s:Source)
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
// Titled and named as the figures query names them (queries/figures.cypher).
WITH c, head(collect({
       excerpt: rep.excerpt,
       source: CASE WHEN s IS NULL THEN null
               ELSE {id: s.id, title: coalesce(s.title, s.name), outlet: coalesce(s.outlet, pub.name)} END
     })) AS reported
RETURN c.id AS id, reported.excerpt AS excerpt, reported.source AS source,
       COLLECT { MATCH (c)-[:RELAYED_FROM]->(r:Source) RETURN {id: r.id, title: coalesce(r.title, r.name), outlet: r.outlet} }[0] AS relayedFrom
