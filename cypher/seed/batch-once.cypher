// The fast path's "run once" guard, run first in the transaction that writes a
// batch. It answers a row only the first time it sees the batch id, and writes
// the batch's marker in that same transaction; so a batch retried after its
// commit went through (the answer lost on the way back) finds the marker and
// writes nothing. Markers only matter while their batch may be retried: the
// load drops its own when it ends, and a load starting drops those of killed
// loads (seed/load-markers.ts).
// The guard is a query of its own because, inside the batch's query, the
// marker node makes the planner copy the whole batch (an Eager) for
// read/write conflicts it cannot rule out.
// $batch: string, unique to this batch of this load
// $host, $pid: the loading process, by which a killed load's markers are known
OPTIONAL MATCH (done:LoadBatch {id: $batch})
WITH done WHERE done IS NULL
CREATE (:LoadBatch {id: $batch, at: datetime(), host: $host, pid: $pid})
RETURN $batch AS batch
