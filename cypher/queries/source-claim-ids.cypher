// The ids of the claims a source reports, for its disputes: which other
// sources' claims disagree with them (GET /api/sources/:id/disputes).
// $id: the source's id. No row when no source has it; `ids` is empty when it reports none.
MATCH (s:Source {id: $id})
RETURN COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(s) RETURN c.id AS id ORDER BY id } AS ids
