// What one speaker's claims are about, most claims first: the "About" choice of the
// speaker's who-said-what list ("What Zelensky said about Kursk").
// $speaker (required); $source, $from, $to (ISO dates): null = any, as in claims-by-speaker;
// $limit: how many subjects to name
MATCH (:Actor {id: $speaker})-[:SAID]->(c:Claim)
WHERE ($source IS NULL OR EXISTS { (c)-[:REPORTED_IN]->(s:Source) WHERE s.id = $source })
  AND ($from IS NULL OR c.day >= date($from))
  AND ($to IS NULL OR c.dayEnd <= date($to))
WITH count(c) AS total, collect(c) AS claims
// One row per subject, counted as it goes (one row even when there are none).
CALL (claims) {
  UNWIND claims AS c
  MATCH (c)-[:ABOUT]->(x)
  WITH x, count(*) AS n
  ORDER BY n DESC, coalesce(x.name, x.title), x.id
  RETURN collect({id: x.id, name: coalesce(x.name, x.title), count: n}) AS subjects
}
RETURN total, subjects[0..$limit] AS options, size(subjects) AS optionsTotal
