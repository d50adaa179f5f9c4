// One breadth-first level of a neighbourhood, with a supernode guard: at most
// $perNode relationships per frontier node, and the count of those left out.
// Unfiltered, that count is the node's degree, an O(1) lookup even on a hub;
// filtered by type or label, the node's relationships are counted one by one.
// Hits are element ids only: the caller keeps a few of them (a neighbourhood
// has a node limit) and fetches just those with queries/subgraph-by-element-id.
// $frontier: element ids; $rels: types to follow (empty = all); $labels: neighbour labels (empty = all)
UNWIND $frontier AS fid
MATCH (f) WHERE elementId(f) = fid
CALL (f) {
  MATCH (f)-[r]-(m)
  WHERE (size($rels) = 0 OR type(r) IN $rels)
    AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels))
  RETURN r, m
  LIMIT $perNode
}
WITH f, collect({r: elementId(r), start: elementId(startNode(r)), end: elementId(endNode(r)),
                 m: elementId(m)}) AS hits
RETURN elementId(f) AS from,
       hits,
       CASE WHEN size(hits) < $perNode THEN size(hits)
            WHEN size($rels) = 0 AND size($labels) = 0 THEN COUNT { (f)--() }
            ELSE COUNT { (f)-[r]-(m)
                         WHERE (size($rels) = 0 OR type(r) IN $rels)
                           AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)) }
       END AS available
