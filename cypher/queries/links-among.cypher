// The relationships among a set of nodes, so a subgraph shows how its nodes
// connect. Hubs (degree over $maxDegree) are not expanded from; their links
// are still found from the other end.
// $ids: element ids; $rels: types to keep (empty = all); $limit
MATCH (a) WHERE elementId(a) IN $ids AND COUNT { (a)--() } <= $maxDegree
MATCH (a)-[r]-(b) WHERE elementId(b) IN $ids AND (size($rels) = 0 OR type(r) IN $rels)
RETURN DISTINCT r
LIMIT $limit
