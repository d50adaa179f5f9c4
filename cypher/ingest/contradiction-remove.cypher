// Removes the recorded contradiction between two claims, whichever direction
// it was recorded in, and returns what it held (so that it can be recorded
// again). $claim, $contradicts
MATCH (:Claim {id: $claim})-[k:CONTRADICTS]-(:Claim {id: $contradicts})
WITH k, startNode(k).id AS claim, endNode(k).id AS contradicts, k.note AS note, k.origin AS origin
DELETE k
RETURN claim, contradicts, note, origin
