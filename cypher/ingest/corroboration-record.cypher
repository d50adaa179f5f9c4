// Records that two claims bear each other out, with the analyst's note (POST
// /api/corroborations). As contradiction-record: a pair is kept once whatever
// its direction, one already recorded (either way) is left as it is, and
// `existed` says so; MERGE locks both claims.
// $rows: [{claim, corroborates, note}]
UNWIND $rows AS row
MATCH (a:Claim {id: row.claim})
MATCH (b:Claim {id: row.corroborates})
OPTIONAL MATCH (a)-[old:CORROBORATES]-(b)
WITH row, a, b, count(old) > 0 AS existed
MERGE (a)-[k:CORROBORATES]-(b)
  ON CREATE SET k.note = row.note, k.origin = 'analyst', k.recordedAt = datetime()
RETURN existed, startNode(k).id AS claim, endNode(k).id AS corroborates, k.note AS note,
       k.origin AS origin
