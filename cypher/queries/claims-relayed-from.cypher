// The claims other articles relay from one report (RELAYED_FROM: Blinken's
// briefing, for his 8,000 in article 001), each with the article it is
// reported in and its excerpt there, in date order.
// $report (a source id); $offset, $limit
MATCH (sp:Actor)-[:SAID]->(c:Claim)-[:RELAYED_FROM]->(:Source {id: $report})
MATCH (c)-[rep:REPORTED_IN]->(s:Source)
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
