// Recorded corroborations between claims (seed/data/corroborations.json), each
// kept once whatever the direction it was recorded in, as contradictions are:
// one recorded the other way round before is replaced. The note says how the
// two bear each other out.
// $rows: [[claimId, corroboratedClaimId, note, origin]]
UNWIND $rows AS row
MATCH (a:Claim {id: row[0]})
MATCH (b:Claim {id: row[1]})
OPTIONAL MATCH (b)-[reversed:CORROBORATES]->(a)
DELETE reversed
WITH DISTINCT a, b, row
MERGE (a)-[r:CORROBORATES]->(b)
SET r.note = row[2], r.origin = row[3]
