// The graph's claims whose figures a new source's figures disagree with: the
// excerpt and the source an analyst reads to judge which figure holds, before
// committing (server/ingest/preview.ts names the widest apart).
// $ids: claim ids; one that is gone is left out.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
OPTIONAL MATCH (c)-[rep:REPORTED_IN]->(source:Source)
WITH c, head(collect({excerpt: rep.excerpt, source: source.title})) AS reported
RETURN c.id AS id, reported.excerpt AS excerpt, reported.source AS source
