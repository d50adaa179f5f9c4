// Upserts Place nodes. $rows: [{id, name, aliases, kind, props}]
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
SET n:Entity, n += row.props, n.name = row.name, n.aliases = row.aliases, n.kind = row.kind
