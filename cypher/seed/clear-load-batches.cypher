// The batch markers of one load (see batch-once), dropped when it ends, failed
// or not. Those of a load running beside it stay.
// $load: this load's id
MATCH (m:LoadBatch)
WHERE m.id STARTS WITH $load + ':'
DELETE m
