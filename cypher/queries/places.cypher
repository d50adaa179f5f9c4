// The Map panel: the places of the graph with what was said about them. For each place,
// how many claims are about it, by how many speakers and in how many sources, how many of
// those are in dispute (their figures disagree with another speaker's, or a contradiction
// is recorded against them) and how many are borne out (their figures agree with another
// speaker's, or a corroboration is recorded with them), when they were said (the first and
// the last day), the three speakers who said most about it, what lies there (units
// deployed to it, actors and units located in it) and what it lies in. A place with no
// coordinates of its own is drawn where the nearest place it lies in is (`drawnAt`):
// Makhnovka, in the Kursk region, at the Kursk region.
// $ids: the claims to count (the claims in view; null: every claim, and every place even
// with none); $disputedByFigures, $agreedByFigures: the ids of the claims whose figures
// another speaker's disagree / agree with; $limit: how many places to describe, most
// claims first.
// Ranked by how many claims are about each: for the graph's, its count of ABOUT links (only
// claims are about something), read without visiting them; for those asked about, found
// from the claims, which are kept for the counts below.
CALL () {
  MATCH (p:Place)
  WHERE $ids IS NULL
  RETURN p, COUNT { (p)<-[:ABOUT]-() } AS n, null AS asked
  UNION ALL
  UNWIND coalesce($ids, []) AS id
  MATCH (c:Claim {id: id})-[:ABOUT]->(p:Place)
  WITH p, collect(DISTINCT c) AS asked
  RETURN p, size(asked) AS n, asked
}
WITH p, n, asked
ORDER BY n DESC, p.name, p.id
WITH collect({p: p, n: n, asked: asked}) AS rows
WITH rows, rows[0..$limit] AS page, reduce(total = 0, r IN rows | total + r.n) AS mentions
// One row even when no place is counted, so that the totals are still told.
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
WITH size(rows) AS total, mentions, row.p AS p, row.asked AS asked
// The claims counted about a place of the page: those asked about, or all of them.
WITH total, mentions, p, coalesce(asked, COLLECT {
  MATCH (p)<-[:ABOUT]-(c:Claim) WHERE asked IS NULL RETURN c
}) AS claims
// Who said most about it, one row per speaker.
CALL (claims) {
  UNWIND claims AS c
  MATCH (sp:Actor)-[:SAID]->(c)
  WITH sp, count(c) AS n
  ORDER BY n DESC, sp.name, sp.id
  RETURN collect(sp {.id, .name, claims: n}) AS bySpeaker
}
RETURN total, mentions,
       CASE WHEN p IS NULL THEN null ELSE {
         id: p.id,
         name: p.name,
         kind: p.kind,
         lat: p.lat,
         lon: p.lon,
         locatedBy: p.locatedBy,
         locatedAt: p.locatedAt,
         drawnAt: CASE WHEN p.lat IS NOT NULL AND p.lon IS NOT NULL THEN null ELSE COLLECT {
           MATCH path = (p)-[:LOCATED_IN*1..4]->(at:Place)
           WHERE at.lat IS NOT NULL AND at.lon IS NOT NULL
           RETURN at {.id, .name, .lat, .lon} ORDER BY length(path) LIMIT 1
         }[0] END,
         within: COLLECT {
           MATCH (p)-[r:LOCATED_IN]->(x:Entity)
           RETURN x {.id, .name, byAnalyst: coalesce(r.origin = 'analyst', false)} ORDER BY x.name LIMIT 1
         }[0],
         claims: size(claims),
         speakers: size(bySpeaker),
         sources: COUNT { UNWIND claims AS c MATCH (c)-[:REPORTED_IN]->(s:Source) RETURN DISTINCT s },
         disputed: COUNT {
           UNWIND claims AS c
           WITH c WHERE c.id IN $disputedByFigures OR EXISTS { (c)-[:CONTRADICTS]-(:Claim) }
           RETURN c
         },
         corroborated: COUNT {
           UNWIND claims AS c
           WITH c WHERE c.id IN $agreedByFigures OR EXISTS { (c)-[:CORROBORATES]-(:Claim) }
           RETURN c
         },
         firstDay: toString(reduce(d = null, c IN claims |
           CASE WHEN d IS NULL OR c.day < d THEN c.day ELSE d END)),
         lastDay: toString(reduce(d = null, c IN claims |
           CASE WHEN d IS NULL OR c.dayEnd > d THEN c.dayEnd ELSE d END)),
         topSpeakers: bySpeaker[0..3],
         deployed: COLLECT {
           MATCH (x)-[:DEPLOYED_TO]->(p) RETURN x {.id, .name} ORDER BY x.name, x.id LIMIT 5
         },
         deployedTotal: COUNT { ()-[:DEPLOYED_TO]->(p) },
         based: COUNT { (:Actor|Unit)-[:LOCATED_IN]->(p) },
         contains: COUNT { (:Place)-[:LOCATED_IN]->(p) }
       } END AS place
