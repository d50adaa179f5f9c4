// How many claims lie within a date range (each with its speaker and source), the range read as
// claims-by-date.cypher reads it: what it pages through. Counted once per graph version and range
// by the server. $from, $to (ISO dates, at least one given; the other null = open)
MATCH (c:Claim)
WHERE c.day >= date(coalesce($from, '0001-01-01'))
  AND c.dayEnd <= date(coalesce($to, '9999-12-31'))
MATCH (:Actor)-[:SAID]->(c)-[:REPORTED_IN]->(:Source)
// Every claim in a range is dated (the range reads c.day): `dated` as claims-all-count.cypher gives it.
RETURN count(*) AS total, count(*) AS dated
