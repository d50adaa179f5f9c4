// One breadth-first level of a neighbourhood, with a supernode guard: at most
// $perNode relationships per frontier node, and the count of those left out.
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
WITH f, collect({r: r, m: m}) AS hits
RETURN elementId(f) AS from,
       hits,
       CASE WHEN size(hits) < $perNode THEN size(hits)
            ELSE COUNT { (f)-[r]-(m)
                         WHERE (size($rels) = 0 OR type(r) IN $rels)
                           AND (size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)) }
       END AS available
