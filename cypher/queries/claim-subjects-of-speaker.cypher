// What one speaker's claims are about, most claims first: the "About" choice of the
// speaker's who-said-what list ("What Zelensky said about Kursk").
// $speaker (required); $source, $from, $to (ISO dates): null = any, as in claims-by-speaker;
// $limit: how many subjects to name
MATCH (:Actor {id: $speaker})-[:SAID]->(c:Claim)
WHERE ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id = $source })
  AND ($from IS NULL OR c.day >= date($from))
  AND ($to IS NULL OR c.dayEnd <= date($to))
WITH collect(c) AS claims
RETURN size(claims) AS total,
       COLLECT {
         UNWIND claims AS c
         MATCH (c)-[:ABOUT]->(x)
         WITH x, count(*) AS n ORDER BY n DESC, coalesce(x.name, x.title), x.id LIMIT $limit
         RETURN {id: x.id, name: coalesce(x.name, x.title), count: n}
       } AS options,
       COUNT { UNWIND claims AS c MATCH (c)-[:ABOUT]->(x) RETURN DISTINCT x } AS optionsTotal
