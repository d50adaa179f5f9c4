// Which of the given ids of one kind already name a node, and the node's element
// id: one index seek per id.
// $label: 'Entity', 'Source' or 'Claim'; $ids
UNWIND $ids AS id
CALL (id) {
  WITH id WHERE $label = 'Entity' MATCH (n:Entity {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Source' MATCH (n:Source {id: id}) RETURN n
  UNION
  WITH id WHERE $label = 'Claim' MATCH (n:Claim {id: id}) RETURN n
}
RETURN id, elementId(n) AS ref
