// The loader's batch markers (see create-relations-typed), dropped when a load
// starts and when it ends: they only matter while it runs.
MATCH (m:LoadBatch)
DELETE m
