// Fast path of the loader, node pass: entities of one label (Actor, Unit or
// Place, put in place of ENTITY_LABEL by the loader from its allow-list) that
// were not in the database when the load began. Each row is the node's whole
// property map, the same properties merge-actors/units/places set. Runs once
// per batch (seed/batch-once). Returns the row's index with the node's element
// id, by which the relationship pass finds the node. The rows are read by index
// from $rows, not UNWIND $rows AS row: that form makes the planner copy the
// batch (an Eager) before returning, for conflicts it cannot rule out.
// $rows: [{id, name, aliases, kind, …}]
UNWIND range(0, size($rows) - 1) AS i
CREATE (n:ENTITY_LABEL:Entity)
SET n = $rows[i]
RETURN i, elementId(n) AS ref
