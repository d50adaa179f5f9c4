// Upserts Source nodes and who published them.
// $rows: [{id, name, aliases, props, publisher}]; props holds title, text, url, dates…
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s += row.props, s.name = row.name, s.aliases = row.aliases,
    s.day = CASE WHEN row.props.publishedDate IS NULL THEN null
                 ELSE date(row.props.publishedDate) END,
    s.dayEnd = CASE WHEN row.dayEnd IS NULL THEN null ELSE date(row.dayEnd) END
WITH s, row
OPTIONAL MATCH (s)-[old:PUBLISHED_BY]->()
DELETE old
WITH DISTINCT s, row
OPTIONAL MATCH (p:Actor {id: row.publisher})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (s)-[:PUBLISHED_BY]->(p))
RETURN row.id AS id, elementId(s) AS ref
