// Batch markers left by killed loads, dropped when a load starts: those of a
// process found gone, and any older than $age. A marker matters only while its
// batch may still be retried (seconds, the driver's retry window), so one that
// old cannot belong to a running load, even on another host. A marker without
// a process was written before markers carried one.
// $age: an ISO 8601 duration, e.g. 'PT1H'
// $dead: [host, pid] pairs of loads whose process is gone
MATCH (m:LoadBatch)
WHERE m.host IS NULL
   OR m.at < datetime() - duration($age)
   OR [m.host, m.pid] IN $dead
DELETE m
