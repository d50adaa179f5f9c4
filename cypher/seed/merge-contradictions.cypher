// Recorded contradictions between claims (seed/data/contradictions.json), each
// kept once whatever the direction it was recorded in: one recorded the other
// way round before is replaced. The note says why the two cannot both hold.
// $rows: [[claimId, contradictedClaimId, note, origin]]
UNWIND $rows AS row
MATCH (a:Claim {id: row[0]})
MATCH (b:Claim {id: row[1]})
OPTIONAL MATCH (b)-[reversed:CONTRADICTS]->(a)
DELETE reversed
WITH DISTINCT a, b, row
MERGE (a)-[r:CONTRADICTS]->(b)
SET r.note = row[2], r.origin = row[3]
