// The nodes and relationships a subgraph kept, by element id, and in the same
// round trip the relationships among all its nodes, as queries/links-among
// finds them (hubs over $maxDegree are not expanded from).
// $nodes, $rels: element ids to fetch; $ids: element ids of every node of the
// subgraph; $relTypes: types to keep among them (empty = all); $maxDegree; $limit
CALL () {
  UNWIND $nodes AS id
  MATCH (n) WHERE elementId(n) = id
  RETURN collect(n) AS nodes
}
CALL () {
  UNWIND $rels AS id
  MATCH ()-[r]->() WHERE elementId(r) = id
  RETURN collect(r) AS rels
}
CALL () {
  MATCH (a) WHERE elementId(a) IN $ids AND COUNT { (a)--() } <= $maxDegree
  MATCH (a)-[r]-(b) WHERE elementId(b) IN $ids AND (size($relTypes) = 0 OR type(r) IN $relTypes)
  WITH DISTINCT r LIMIT $limit
  RETURN collect(r) AS links
}
RETURN nodes, rels, links
