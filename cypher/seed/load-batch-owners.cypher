// The processes whose loads left batch markers (see batch-once), so that a
// starting load can tell the killed ones from those still running.
MATCH (m:LoadBatch)
RETURN DISTINCT m.host AS host, m.pid AS pid
