// Upserts Place nodes. $rows: [{id, name, aliases, kind, props}]
// Returns each node's element id, by which the loader's relationship pass finds it.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
SET n:Entity, n += row.props, n.name = row.name, n.aliases = row.aliases, n.kind = row.kind
RETURN row.id AS id, elementId(n) AS ref
