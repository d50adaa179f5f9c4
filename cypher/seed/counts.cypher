// Node counts by label, relationship counts by type, and the distinct node
// total (Entity is a second label of Actor, Unit and Place), for the loader's report.
CALL () {
  MATCH (n)
  UNWIND labels(n) AS label
  RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->()
  RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
  UNION ALL
  MATCH (n)
  RETURN 'total' AS kind, 'nodes' AS name, count(n) AS count
}
RETURN kind, name, count
ORDER BY kind, name
