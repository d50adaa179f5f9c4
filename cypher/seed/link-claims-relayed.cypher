// Fast path of the loader, relationship pass: the report each new claim is
// relayed from (create-claims wrote the claim; the report may be new or old).
// Runs once per batch (seed/batch-once); both ends are found by element id
// and checked against their ids, as in link-claims.
// $rows: [[claimRef, claimId, reportRef, reportId]]
UNWIND $rows AS row
MATCH (c:Claim) WHERE elementId(c) = row[0]
MATCH (report:Source) WHERE elementId(report) = row[2]
WITH c, report, row WHERE [c.id, report.id] = [row[1], row[3]]
CREATE (c)-[:RELAYED_FROM]->(report)
