// Fast path of the loader, node pass: claims that were not in the database
// when the load began. Each row is the node's whole property map, the same
// properties merge-claims sets (the loader computes day and dayEnd as dates);
// their relationships follow in link-claims, once every node of the load
// exists. Runs once per batch (seed/batch-once); returns each row's index with
// the node's element id, as create-entities does.
// $rows: [{id, name, aliases, text, excerpt, day, dayEnd, figures, measures, …}]
UNWIND range(0, size($rows) - 1) AS i
CREATE (c:Claim)
SET c = $rows[i]
// A denial (denies: true) is also a Denial, for the denial_text index.
FOREACH (_ IN CASE WHEN c.denies THEN [1] ELSE [] END | SET c:Denial)
RETURN i, elementId(c) AS ref
