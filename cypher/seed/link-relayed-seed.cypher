// Seed claims written before claims recorded the report they are relayed from
// get that link now, from the seed's own records. A claim that has one is not
// matched, so running it again links nothing; a claim or report not in the
// graph (a graph of other data) is skipped.
// $rows: [{claim, report}]
UNWIND $rows AS row
MATCH (c:Claim {id: row.claim})
WHERE c.origin = 'seed' AND NOT EXISTS { (c)-[:RELAYED_FROM]->() }
MATCH (report:Source {id: row.report})
CREATE (c)-[:RELAYED_FROM]->(report)
RETURN count(*) AS linked
