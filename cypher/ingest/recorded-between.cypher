// What is recorded between two claims, either way round: CONTRADICTS,
// CORROBORATES or both. A pair cannot be recorded as both, so a write checks
// this first. $claim, $other
MATCH (:Claim {id: $claim})-[k:CONTRADICTS|CORROBORATES]-(:Claim {id: $other})
RETURN DISTINCT type(k) AS type
