// The claims about one entity or source, optionally narrowed.
// $about (required); $speaker, $source, $from, $to (ISO dates): null = any; a claim dated only by month or year
// counts as in range when its whole period is; $offset, $limit
CALL () {
  MATCH (x:Entity {id: $about}) RETURN x UNION MATCH (x:Source {id: $about}) RETURN x
}
MATCH (x)<-[:ABOUT]-(c:Claim)<-[:SAID]-(sp:Actor)
MATCH (c)-[rep:REPORTED_IN]->(s:Source)
WHERE ($speaker IS NULL OR sp.id = $speaker)
  AND ($source IS NULL OR s.id = $source)
  AND ($from IS NULL OR c.day >= date($from))
  AND ($to IS NULL OR c.dayEnd <= date($to))
WITH sp, c, rep, s ORDER BY c.day, c.id
WITH collect({sp: sp, c: c, rep: rep, s: s}) AS matches
UNWIND matches[$offset..$offset + $limit] AS row
WITH size(matches) AS total, row.sp AS sp, row.c AS c, row.rep AS rep, row.s AS s
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
// Only what server/domain/claims.ts reads: not the source's 3 KB of text, not every property.
RETURN total, {elementId: elementId(c), labels: labels(c), properties: c {.id, .text, .quote, .cue, .date, .dateBasis, .note, .figures}} AS c,
       {elementId: elementId(sp), labels: labels(sp), properties: sp {.id, .name, .kind}} AS sp,
       {elementId: elementId(s), labels: labels(s), properties: s {.id, .title, .name, .outlet, .publishedDate, .url}} AS s,
       rep, CASE WHEN pub IS NULL THEN null ELSE {elementId: elementId(pub), labels: labels(pub), properties: pub {.id, .name}} END AS pub,
       COLLECT { MATCH (c)-[:ABOUT]->(x) RETURN {id: x.id, name: x.name, category: [l IN labels(x) WHERE l IN ['Actor','Unit','Place','Source']][0]} } AS about,
       // The report the source relays the claim from (a source it cites), if any.
       COLLECT { MATCH (c)-[:RELAYED_FROM]->(r:Source) RETURN r {.id, title: coalesce(r.title, r.name), .outlet, .publishedDate} }[0] AS relayedFrom
