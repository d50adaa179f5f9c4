// Which of the given ids are already used by an entity, source or claim. $ids
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION MATCH (n:Source {id: id}) RETURN n
  UNION MATCH (n:Claim {id: id}) RETURN n
}
RETURN DISTINCT id
