// Fast path of the loader, node pass: claims that were not in the database when
// the load began. Same properties as merge-claims; their relationships follow in
// link-claims, once every claim of the load exists. MERGE keeps it idempotent.
// $rows: [{id, name, props, dayEnd}]
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row.props, c.name = row.name, c.aliases = [],
    c.day = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END,
    c.dayEnd = CASE WHEN row.dayEnd IS NULL THEN null ELSE date(row.dayEnd) END
RETURN row.id AS id, elementId(c) AS ref
