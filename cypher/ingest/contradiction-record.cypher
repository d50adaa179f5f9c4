// Records that two claims cannot both hold, with the analyst's note: one pair
// from POST /api/contradictions, or those confirmed in a new source's review
// (in the commit's transaction). A pair is kept once whatever its direction:
// one already recorded (either way) is left as it is, and `existed` says so.
// MERGE locks both claims, so two analysts recording the same pair at once
// write it once.
// $rows: [{claim, contradicts, note}]
UNWIND $rows AS row
MATCH (a:Claim {id: row.claim})
MATCH (b:Claim {id: row.contradicts})
OPTIONAL MATCH (a)-[old:CONTRADICTS]-(b)
WITH row, a, b, count(old) > 0 AS existed
MERGE (a)-[k:CONTRADICTS]-(b)
  ON CREATE SET k.note = row.note, k.origin = 'analyst', k.recordedAt = datetime()
RETURN existed, startNode(k).id AS claim, endNode(k).id AS contradicts, k.note AS note,
       k.origin AS origin
