// A first view: the most connected entities, the sources, and the claims,
// ranked by degree. $entities, $sources, $claims: how many of each.
CALL () {
  MATCH (n:Entity)
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC LIMIT $entities
  RETURN n, degree
  UNION
  MATCH (n:Source)
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC LIMIT $sources
  RETURN n, degree
  UNION
  MATCH (n:Claim)
  WITH n, COUNT { (n)--() } AS degree
  ORDER BY degree DESC LIMIT $claims
  RETURN n, degree
}
RETURN n, degree
