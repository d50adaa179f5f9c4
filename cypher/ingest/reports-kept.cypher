// After a linked source was taken back: which of the reports its commit added
// are still in the graph (other sources cite them, or relay claims from them),
// with how many links they keep. $ids
MATCH (r:Source) WHERE r.id IN $ids
RETURN r.id AS id, coalesce(r.title, r.name) AS title, COUNT { ()-->(r) } AS otherLinks
ORDER BY id
