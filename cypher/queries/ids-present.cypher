// Which of the given ids name a node. $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Source {id: id}) RETURN n
  UNION MATCH (n:Claim {id: id}) RETURN n
}
RETURN DISTINCT id
