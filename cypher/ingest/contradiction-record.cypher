// Records that two claims cannot both hold, with the analyst's note. A pair is
// kept once whatever its direction: one already recorded (either way) is left
// as it is, and `existed` says so. MERGE locks both claims, so two analysts
// recording the same pair at once write it once.
// $claim, $contradicts, $note
MATCH (a:Claim {id: $claim})
MATCH (b:Claim {id: $contradicts})
OPTIONAL MATCH (a)-[old:CONTRADICTS]-(b)
WITH a, b, count(old) > 0 AS existed
MERGE (a)-[k:CONTRADICTS]-(b)
  ON CREATE SET k.note = $note, k.origin = 'analyst', k.recordedAt = datetime()
RETURN existed, startNode(k).id AS claim, endNode(k).id AS contradicts, k.note AS note,
       k.origin AS origin
