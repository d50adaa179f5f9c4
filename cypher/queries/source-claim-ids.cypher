// The ids of a source's claims, for its disputes: which other sources' claims disagree
// with them (GET /api/sources/:id/disputes). `ids`: the claims it reports; `relayed`: the
// claims other articles relay from it (a cited report, such as Blinken's briefing, reports
// none itself, but what the articles relay from it is its account).
// $id: the source's id. No row when no source has it; both lists are empty when it has none.
MATCH (s:Source {id: $id})
RETURN COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(s) RETURN c.id AS id ORDER BY id } AS ids,
       COLLECT { MATCH (c:Claim)-[:RELAYED_FROM]->(s) RETURN c.id AS id ORDER BY id } AS relayed
