// Recorded merges, newest first. $limit
MATCH (d:MergeDecision)
RETURN d.id AS id, d.keep AS keep, d.merged AS merged, d.mergedName AS mergedName,
       d.at AS at, d.undone AS undone, d.undoneAt AS undoneAt
ORDER BY d.at DESC
LIMIT $limit
