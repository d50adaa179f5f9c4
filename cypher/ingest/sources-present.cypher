// Which of the given ids are sources, and their titles: the reports a new
// article's claims may be relayed from, and those a removed article's review named. $ids
MATCH (s:Source) WHERE s.id IN $ids
RETURN s.id AS id, coalesce(s.title, s.name) AS name
