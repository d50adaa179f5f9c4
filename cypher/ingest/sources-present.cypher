// Which of the given ids are sources, their titles and outlets (their own, else
// their publisher's): the reports a new article's claims may be relayed from,
// those a removed article's review named, and those an article's agreeing
// figures go back to. $ids
MATCH (s:Source) WHERE s.id IN $ids
RETURN s.id AS id, coalesce(s.title, s.name) AS name,
       coalesce(s.outlet, COLLECT { MATCH (s)-[:PUBLISHED_BY]->(p:Actor) RETURN p.name }[0]) AS outlet
