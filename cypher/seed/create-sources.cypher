// Fast path of the loader, node pass: sources that were not in the database
// when the load began. Each row is the node's whole property map, the same
// properties merge-sources sets (the loader computes day and dayEnd as dates);
// who published them and what they cite follow in link-publishers and
// link-cites. Runs once per batch (seed/batch-once); returns each row's index
// with the node's element id, as create-entities does.
// $rows: [{id, name, aliases, title, text, day, dayEnd, …}]
UNWIND range(0, size($rows) - 1) AS i
CREATE (s:Source)
SET s = $rows[i]
RETURN i, elementId(s) AS ref
