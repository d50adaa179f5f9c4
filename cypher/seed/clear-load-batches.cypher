// The loader's batch markers (see batch-once), dropped when a load starts and
// when it ends: they only matter while it runs. A load drops its own when it
// ends, so that it leaves those of a load running beside it; when it starts, it
// drops every load's, left by loads that were killed.
// $load: this load's id, or '' for the markers of every load
MATCH (m:LoadBatch)
WHERE m.id STARTS WITH $load
DELETE m
