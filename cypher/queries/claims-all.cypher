// All claims in date order (undated last; then by id), a page of them.
// The dated ones are read in the claim_day index's order, so that an early page reads little
// more than itself instead of every claim sorted (0.7-0.9 s a page at scale 1000).
// $offset, $limit; $total, $dated: claims-all-count.cypher's counts, which each row carries as total.
CALL () {
  MATCH (c:Claim) WHERE c.day IS NOT NULL
  MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
  WITH sp, c, rep, s ORDER BY c.day, c.id SKIP $offset LIMIT $limit
  RETURN sp, c, rep, s
  UNION ALL
  // Undated claims are few: gathered, then the part of them the page reaches. Looking for
  // them means reading every claim, so not when the counts say there are none.
  UNWIND CASE WHEN $dated < $total THEN [true] ELSE [] END AS someUndated
  MATCH (c:Claim) WHERE c.day IS NULL
  MATCH (sp:Actor)-[:SAID]->(c)-[rep:REPORTED_IN]->(s:Source)
  WITH sp, c, rep, s ORDER BY c.id
  WITH collect({sp: sp, c: c, rep: rep, s: s}) AS undated
  UNWIND undated[CASE WHEN $offset > $dated THEN $offset - $dated ELSE 0 END..][..$limit] AS row
  RETURN row.sp AS sp, row.c AS c, row.rep AS rep, row.s AS s
}
WITH sp, c, rep, s ORDER BY c.day, c.id LIMIT $limit
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
// Only what server/domain/claims.ts reads: not the source's 3 KB of text, not every property.
RETURN $total AS total, {elementId: elementId(c), labels: labels(c), properties: c {.id, .text, .quote, .cue, .date, .dateBasis, .note, .figures}} AS c,
       {elementId: elementId(sp), labels: labels(sp), properties: sp {.id, .name, .kind}} AS sp,
       {elementId: elementId(s), labels: labels(s), properties: s {.id, .title, .name, .outlet, .publishedDate, .url}} AS s,
       rep, CASE WHEN pub IS NULL THEN null ELSE {elementId: elementId(pub), labels: labels(pub), properties: pub {.id, .name}} END AS pub,
       COLLECT { MATCH (c)-[:ABOUT]->(x) RETURN {id: x.id, name: x.name, category: [l IN labels(x) WHERE l IN ['Actor','Unit','Place','Source']][0]} } AS about,
       // The report the source relays the claim from (a source it cites), if any.
       COLLECT { MATCH (c)-[:RELAYED_FROM]->(r:Source) RETURN r {.id, title: coalesce(r.title, r.name), .outlet, .publishedDate} }[0] AS relayedFrom
