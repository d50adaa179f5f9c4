// Fast path of the loader for entity relations whose two ends were both absent
// when the load began, so the relation cannot exist yet. CREATE takes no
// exclusive lock on hubs, unlike MERGE, so batches run side by side. The loader
// removes duplicate (from, type, to) rows first, keeping the last, as MERGE +
// SET would. The type is replaced as in merge-relations-typed.
// Runs once per batch (seed/batch-once). (Checking each relation instead cost
// half the step: on hub-to-hub rows it walks thousands of relationships.) A
// load run again after a crash sees both ends present and MERGEs instead.
// A row is one node's relations of this type: the node is found once for all
// of them (a lookup per relation cost the step an eighth of its time).
// Both ends are found by the element ids the node pass returned and checked
// against their ids, as in link-claims; a relation whose end does not match is
// skipped, the others of its row still created.
// $rows: [[fromRef, fromId, [[toRef, toId, [sourceId], note]]]]
UNWIND $rows AS row
MATCH (a:Entity) WHERE elementId(a) = row[0]
WITH a, row WHERE [a.id] = [row[1]]
UNWIND row[2] AS rel
MATCH (b:Entity) WHERE elementId(b) = rel[0]
WITH a, b, rel WHERE [b.id] = [rel[1]]
CREATE (a)-[:REL_TYPE {sources: rel[2], note: rel[3]}]->(b)
