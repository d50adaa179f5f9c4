// Removes the recorded corroboration between two claims, whichever direction
// it was recorded in, and returns what it held (so that it can be recorded
// again). $claim, $corroborates
MATCH (:Claim {id: $claim})-[k:CORROBORATES]-(:Claim {id: $corroborates})
WITH k, startNode(k).id AS claim, endNode(k).id AS corroborates, k.note AS note, k.origin AS origin
DELETE k
RETURN claim, corroborates, note, origin
