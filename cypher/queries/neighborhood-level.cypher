// One breadth-first level of a neighbourhood, with a supernode guard: at most
// $perNode relationships per frontier node, and the count of those left out.
// Hits are element ids only: the caller keeps a few of them (a neighbourhood
// has a node limit) and fetches just those with queries/subgraph-by-element-id.
//
// Why each relationship type is spelled out: Neo4j finds a hub's relationships
// of one type, and counts them, straight from its per-type groups only when the
// type is written in the query. A type given as a parameter (type(r) IN $rels,
// or $any($rels)) makes it walk all of them: ~50 ms on a 61k-relationship hub
// against ~7 ms (docs/benchmarks.md). Every type of seed/model.ts has its line
// in both lists (tests/unit/cypher-files.test.ts checks).
// Counting by neighbour label has no such shortcut: those are counted one by one.
//
// A page past the first ($skip > 0, the API allows it at depth 1 only) skips
// that many of a node's relationships in the order Neo4j reads them, which is
// the same from one request to the next while the graph does not change; an
// ORDER BY would read all of a hub's relationships to sort them.
//
// $frontier: element ids; $rels: distinct types to follow (empty = all);
// $labels: neighbour labels (empty = all); $skip: relationships to skip per node
UNWIND $frontier AS fid
MATCH (f) WHERE elementId(f) = fid
CALL (f) {
  CALL (f) {
    MATCH (f)-[r]-(m) WHERE size($rels) = 0 RETURN r, m
    UNION ALL
    MATCH (f)-[r:SAID]-(m) WHERE 'SAID' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:REPORTED_IN]-(m) WHERE 'REPORTED_IN' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:ABOUT]-(m) WHERE 'ABOUT' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:PUBLISHED_BY]-(m) WHERE 'PUBLISHED_BY' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:CITES]-(m) WHERE 'CITES' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:RELAYED_FROM]-(m) WHERE 'RELAYED_FROM' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:CONTRADICTS]-(m) WHERE 'CONTRADICTS' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:CORROBORATES]-(m) WHERE 'CORROBORATES' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:DEPLOYED_TO]-(m) WHERE 'DEPLOYED_TO' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:PART_OF]-(m) WHERE 'PART_OF' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:LOCATED_IN]-(m) WHERE 'LOCATED_IN' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:LEADS]-(m) WHERE 'LEADS' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:MEMBER_OF]-(m) WHERE 'MEMBER_OF' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:ALLIED_WITH]-(m) WHERE 'ALLIED_WITH' IN $rels RETURN r, m
    UNION ALL
    MATCH (f)-[r:FIGHTS_AGAINST]-(m) WHERE 'FIGHTS_AGAINST' IN $rels RETURN r, m
  }
  WITH r, m WHERE size($labels) = 0 OR any(l IN labels(m) WHERE l IN $labels)
  RETURN r, m
  SKIP $skip
  LIMIT $perNode
}
WITH f, collect({r: elementId(r), start: elementId(startNode(r)), end: elementId(endNode(r)),
                 m: elementId(m)}) AS hits
RETURN elementId(f) AS from,
       hits,
       // A short page is the last: the total is known without counting, unless
       // the page came back empty because $skip went past the end.
       CASE WHEN size(hits) < $perNode AND (size(hits) > 0 OR $skip = 0) THEN $skip + size(hits)
            WHEN size($labels) = 0 AND size($rels) = 0 THEN COUNT { (f)--() }
            WHEN size($labels) = 0 THEN reduce(n = 0, t IN $rels | n + CASE t
              WHEN 'SAID' THEN COUNT { (f)-[:SAID]-() }
              WHEN 'REPORTED_IN' THEN COUNT { (f)-[:REPORTED_IN]-() }
              WHEN 'ABOUT' THEN COUNT { (f)-[:ABOUT]-() }
              WHEN 'PUBLISHED_BY' THEN COUNT { (f)-[:PUBLISHED_BY]-() }
              WHEN 'CITES' THEN COUNT { (f)-[:CITES]-() }
              WHEN 'RELAYED_FROM' THEN COUNT { (f)-[:RELAYED_FROM]-() }
              WHEN 'CONTRADICTS' THEN COUNT { (f)-[:CONTRADICTS]-() }
              WHEN 'CORROBORATES' THEN COUNT { (f)-[:CORROBORATES]-() }
              WHEN 'DEPLOYED_TO' THEN COUNT { (f)-[:DEPLOYED_TO]-() }
              WHEN 'PART_OF' THEN COUNT { (f)-[:PART_OF]-() }
              WHEN 'LOCATED_IN' THEN COUNT { (f)-[:LOCATED_IN]-() }
              WHEN 'LEADS' THEN COUNT { (f)-[:LEADS]-() }
              WHEN 'MEMBER_OF' THEN COUNT { (f)-[:MEMBER_OF]-() }
              WHEN 'ALLIED_WITH' THEN COUNT { (f)-[:ALLIED_WITH]-() }
              WHEN 'FIGHTS_AGAINST' THEN COUNT { (f)-[:FIGHTS_AGAINST]-() }
              ELSE 0 END)
            ELSE COUNT { (f)-[r]-(m)
                         WHERE (size($rels) = 0 OR type(r) IN $rels)
                           AND any(l IN labels(m) WHERE l IN $labels) }
       END AS available
