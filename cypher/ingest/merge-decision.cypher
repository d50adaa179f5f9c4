// One merge decision, and whether the merged id is in use again. $id
MATCH (d:MergeDecision {id: $id})
RETURN d.id AS id, d.keep AS keep, d.merged AS merged, d.undone AS undone,
       d.mergedLabels AS mergedLabels, d.mergedPropertiesJson AS mergedPropertiesJson,
       d.relationshipsJson AS relationshipsJson,
       EXISTS { MATCH (x:Entity {id: d.merged}) } AS mergedIdTaken
