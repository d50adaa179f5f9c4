// One node by its stable id, whatever its label, with its degree by relationship type.
// $id
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
}
WITH n LIMIT 1
CALL (n) {
  MATCH (n)-[r]->()
  RETURN type(r) AS type, 'out' AS direction, count(*) AS count
  UNION ALL
  MATCH (n)<-[r]-()
  RETURN type(r) AS type, 'in' AS direction, count(*) AS count
}
WITH n, collect({type: type, direction: direction, count: count}) AS degree
RETURN n, degree
