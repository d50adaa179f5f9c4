// Who spoke about one entity or source, most claims first: the "Said by" choice of its
// who-said-what list ("What Russia said about the North Korean contingent").
// $about (required); $source, $from, $to (ISO dates): null = any, as in claims-by-about;
// $limit: how many speakers to name
CALL () {
  MATCH (x:Entity {id: $about}) RETURN x UNION MATCH (x:Source {id: $about}) RETURN x
}
MATCH (x)<-[:ABOUT]-(c:Claim)
WHERE ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id = $source })
  AND ($from IS NULL OR c.day >= date($from))
  AND ($to IS NULL OR c.dayEnd <= date($to))
WITH collect(c) AS claims
RETURN size(claims) AS total,
       COLLECT {
         UNWIND claims AS c
         MATCH (sp:Actor)-[:SAID]->(c)
         WITH sp, count(*) AS n ORDER BY n DESC, sp.name, sp.id LIMIT $limit
         RETURN {id: sp.id, name: sp.name, count: n}
       } AS options,
       COUNT { UNWIND claims AS c MATCH (sp:Actor)-[:SAID]->(c) RETURN DISTINCT sp } AS optionsTotal
