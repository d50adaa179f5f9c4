// Who spoke about one entity or source, most claims first: the "Said by" choice of its
// who-said-what list ("What Russia said about the North Korean contingent").
// $about (required); $source, $from, $to (ISO dates): null = any, as in claims-by-about;
// $limit: how many speakers to name
CALL () {
  MATCH (x:Entity {id: $about}) RETURN x UNION MATCH (x:Source {id: $about}) RETURN x
}
MATCH (x)<-[:ABOUT]-(c:Claim)<-[:SAID]-(sp:Actor)
WHERE ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id = $source })
  AND ($from IS NULL OR c.day >= date($from))
  AND ($to IS NULL OR c.dayEnd <= date($to))
// One row per speaker, counted as it goes: no list of every claim is held (a hub has tens
// of thousands).
WITH sp, count(c) AS n
ORDER BY n DESC, sp.name, sp.id
WITH collect({id: sp.id, name: sp.name, count: n}) AS speakers
RETURN reduce(total = 0, s IN speakers | total + s.count) AS total,
       speakers[0..$limit] AS options,
       size(speakers) AS optionsTotal
