// Upserts claims with their speaker, provenance span, the report they are
// relayed from (relayedFrom: a source id, or null) and subjects.
// $rows: [{id, name, props, speaker, source, relayedFrom, excerpt, start, end, about: [id]}]
UNWIND $rows AS row
MERGE (c:Claim {id: row.id})
SET c += row.props, c.name = row.name, c.aliases = [],
    c.day = CASE WHEN row.props.date IS NULL THEN null ELSE date(row.props.date) END,
    c.dayEnd = CASE WHEN row.dayEnd IS NULL THEN null ELSE date(row.dayEnd) END,
    c.denies = row.props.denies
// A denial (denies: true) is also a Denial, for the denial_text index; a claim
// whose cue no longer denies stops being one.
FOREACH (_ IN CASE WHEN c.denies THEN [1] ELSE [] END | SET c:Denial)
FOREACH (_ IN CASE WHEN c.denies THEN [] ELSE [1] END | REMOVE c:Denial)
WITH c, row
OPTIONAL MATCH (c)-[old:SAID|REPORTED_IN|ABOUT|RELAYED_FROM]-()
DELETE old
WITH DISTINCT c, row
MATCH (speaker:Actor {id: row.speaker})
MATCH (source:Source {id: row.source})
MERGE (speaker)-[:SAID]->(c)
MERGE (c)-[r:REPORTED_IN]->(source)
SET r.excerpt = row.excerpt, r.start = row.start, r.end = row.end
WITH c, row
CALL (c, row) {
  MATCH (report:Source {id: row.relayedFrom})
  MERGE (c)-[:RELAYED_FROM]->(report)
}
WITH c, row
UNWIND row.about AS aboutId
OPTIONAL MATCH (e:Entity {id: aboutId})
OPTIONAL MATCH (s:Source {id: aboutId})
WITH c, coalesce(e, s) AS subject
MERGE (c)-[:ABOUT]->(subject)
