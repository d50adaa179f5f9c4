// Shortest paths between two nodes given by id, up to $maxHops (1..6).
// $from, $to, $maxHops, $limit
CALL () {
  MATCH (n:Entity {id: $from}) RETURN n UNION MATCH (n:Source {id: $from}) RETURN n
  UNION MATCH (n:Claim {id: $from}) RETURN n
}
WITH n AS a LIMIT 1
CALL () {
  MATCH (n:Entity {id: $to}) RETURN n UNION MATCH (n:Source {id: $to}) RETURN n
  UNION MATCH (n:Claim {id: $to}) RETURN n
}
WITH a, n AS b LIMIT 1
MATCH p = allShortestPaths((a)-[*..6]-(b))
WITH p WHERE length(p) <= $maxHops
RETURN p
LIMIT $limit
