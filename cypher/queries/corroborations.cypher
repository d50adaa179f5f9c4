// Recorded corroborations: pairs of claims that bear each other out, each with
// the note that says how (seed/data/corroborations.json, or recorded by an
// analyst through POST /api/corroborations: origin; an analyst's with when it
// was recorded and last reworded), who made each claim, which source reported
// it and the report that source relays it from. The counterpart of
// contradictions.cypher, in the same shape.
// $ids: only the pairs with one of these claims (null = all); $limit
MATCH (a:Claim)-[k:CORROBORATES]->(b:Claim)
WHERE $ids IS NULL OR a.id IN $ids OR b.id IN $ids
WITH a, k, b ORDER BY a.id, b.id
WITH collect({a: a, k: k, b: b}) AS pairs
UNWIND pairs[0..$limit] AS pair
WITH size(pairs) AS total, pair.a AS a, pair.k AS k, pair.b AS b
OPTIONAL MATCH (sa:Actor)-[:SAID]->(a)
OPTIONAL MATCH (sb:Actor)-[:SAID]->(b)
// A claim is reported in one source; head() keeps one row per pair regardless.
WITH total, k, a, b, sa, sb,
     head(COLLECT { MATCH (a)-[:REPORTED_IN]->(s:Source) RETURN s ORDER BY s.id }) AS ra,
     head(COLLECT { MATCH (b)-[:REPORTED_IN]->(s:Source) RETURN s ORDER BY s.id }) AS rb,
     head(COLLECT { MATCH (a)-[:RELAYED_FROM]->(s:Source) RETURN s }) AS fa,
     head(COLLECT { MATCH (b)-[:RELAYED_FROM]->(s:Source) RETURN s }) AS fb
RETURN total, k.note AS note, k.origin AS origin,
       toString(k.recordedAt) AS recordedAt, toString(k.editedAt) AS editedAt,
       a {.id, .text, .date, speakerId: sa.id, speakerName: sa.name,
          sourceId: ra.id, sourceTitle: ra.title, sourceOutlet: ra.outlet,
          relayedFrom: CASE WHEN fa IS NULL THEN null
                       ELSE {id: fa.id, title: coalesce(fa.title, fa.name), outlet: fa.outlet} END} AS a,
       b {.id, .text, .date, speakerId: sb.id, speakerName: sb.name,
          sourceId: rb.id, sourceTitle: rb.title, sourceOutlet: rb.outlet,
          relayedFrom: CASE WHEN fb IS NULL THEN null
                       ELSE {id: fb.id, title: coalesce(fb.title, fb.name), outlet: fb.outlet} END} AS b
