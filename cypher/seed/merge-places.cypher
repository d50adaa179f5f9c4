// Upserts Place nodes. $rows: [{id, name, aliases, kind, props}]
// A place an analyst placed or moved on the map keeps the analyst's coordinates: loading
// the seed again would otherwise put back the seed's under "placed by an analyst".
// Returns each node's element id, by which the loader's relationship pass finds it.
UNWIND $rows AS row
MERGE (n:Place {id: row.id})
WITH n, row, n.locatedBy = 'analyst' AS placed, n.lat AS lat, n.lon AS lon
SET n:Entity, n += row.props, n.name = row.name, n.aliases = row.aliases, n.kind = row.kind
WITH n, row, placed, lat, lon
CALL (n, placed, lat, lon) {
  WITH n WHERE placed
  SET n.lat = lat, n.lon = lon
}
RETURN row.id AS id, elementId(n) AS ref
