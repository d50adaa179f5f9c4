// How many entities, sources and claims there are (from the count store: O(1)).
CALL () { MATCH (n:Entity) RETURN count(n) AS entities }
CALL () { MATCH (n:Source) RETURN count(n) AS sources }
CALL () { MATCH (n:Claim) RETURN count(n) AS claims }
RETURN entities, sources, claims
