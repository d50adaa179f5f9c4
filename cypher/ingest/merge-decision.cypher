// One merge decision, and whether the merged id is in use again. $id
// The decision's write lock is taken first (a property set and removed at
// once): a second undo of the same decision waits here until the first has
// committed, and then reads undone = true instead of undoing twice.
MATCH (d:MergeDecision {id: $id})
SET d.undoLock = true
REMOVE d.undoLock
RETURN d.id AS id, d.keep AS keep, d.merged AS merged, d.undone AS undone,
       d.mergedLabels AS mergedLabels, d.mergedPropertiesJson AS mergedPropertiesJson,
       d.relationshipsJson AS relationshipsJson,
       EXISTS { MATCH (x:Entity {id: d.merged}) } AS mergedIdTaken
