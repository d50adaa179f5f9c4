// Fast path of the loader for entity relations whose two ends were both absent
// when the load began, so the relation cannot exist yet. CREATE takes no
// exclusive lock on hubs, unlike MERGE, so batches run side by side. The loader
// removes duplicate (from, type, to) rows first, keeping the last, as MERGE +
// SET would. The type is replaced as in merge-relations-typed.
// Runs once per batch (seed/batch-once). (Checking each relation instead cost
// half the step: on hub-to-hub rows it walks thousands of relationships.) A
// load run again after a crash sees both ends present and MERGEs instead.
// Both ends are found by the element ids the node pass returned and checked
// against their ids, as in link-claims.
// $rows: [[fromRef, fromId, toRef, toId, [sourceId], note]]
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row[0]
MATCH (b:Entity) WHERE elementId(b) = row[2]
WITH a, b, row WHERE [a.id, b.id] = [row[1], row[3]]
CREATE (a)-[:REL_TYPE {sources: row[4], note: row[5]}]->(b)
