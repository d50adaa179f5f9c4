// Fast path of the loader, node pass: sources that were not in the database when
// the load began. Same properties as merge-sources; who published them follows
// in link-sources. MERGE keeps it idempotent.
// $rows: [{id, name, aliases, props, dayEnd}]
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props, s.name = row.name, s.aliases = row.aliases,
    s.day = CASE WHEN row.props.publishedDate IS NULL THEN null
                 ELSE date(row.props.publishedDate) END,
    s.dayEnd = CASE WHEN row.dayEnd IS NULL THEN null ELSE date(row.dayEnd) END
RETURN row.id AS id, elementId(s) AS ref
