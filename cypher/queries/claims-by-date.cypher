// Who said what within a date range, when no speaker, subject or source narrows it:
// the claims are found through the claim_day and claim_day_end indexes, not by reading
// every claim (`$from IS NULL OR …`, as the other claims-* queries write it, serves no index),
// and in the claim_day index's order, so that a page reads little more than itself.
// $from, $to (ISO dates, at least one given; the other null = open); a claim dated only
// by month or year counts as in range when its whole period is; $offset, $limit;
// $total: claims-by-date-count.cypher's count, which each row carries.
MATCH (c:Claim)
WHERE c.day >= date(coalesce($from, '0001-01-01'))
  AND c.dayEnd <= date(coalesce($to, '9999-12-31'))
MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
WITH sp, c, rep, s ORDER BY c.day, c.id SKIP $offset LIMIT $limit
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
// Only what server/domain/claims.ts reads: not the source's 3 KB of text, not every property.
RETURN $total AS total, {elementId: elementId(c), labels: labels(c), properties: c {.id, .text, .quote, .cue, .date, .dateBasis, .note, .figures}} AS c,
       {elementId: elementId(sp), labels: labels(sp), properties: sp {.id, .name, .kind}} AS sp,
       {elementId: elementId(s), labels: labels(s), properties: s {.id, .title, .name, .outlet, .publishedDate, .url}} AS s,
       rep, CASE WHEN pub IS NULL THEN null ELSE {elementId: elementId(pub), labels: labels(pub), properties: pub {.id, .name}} END AS pub,
       COLLECT { MATCH (c)-[:ABOUT]->(x) RETURN {id: x.id, name: x.name, category: [l IN labels(x) WHERE l IN ['Actor','Unit','Place','Source']][0]} } AS about,
       // The report the source relays the claim from (a source it cites), if any.
       COLLECT { MATCH (c)-[:RELAYED_FROM]->(r:Source) RETURN r {.id, title: coalesce(r.title, r.name), .outlet, .publishedDate} }[0] AS relayedFrom
