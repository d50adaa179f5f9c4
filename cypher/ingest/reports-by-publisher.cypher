// Reports in the graph by the given publishers, for proposing the report an
// article's claim is relayed from (server/ingest/relays.ts). A publisher of
// thousands of sources gives its latest $limit, undated ones last.
// $publishers: actor ids; $limit
UNWIND $publishers AS publisherId
MATCH (p:Actor {id: publisherId})<-[:PUBLISHED_BY]-(s:Source)
WITH p, s
ORDER BY s.publishedDate IS NULL, s.publishedDate DESC, s.id
WITH p, collect(s)[..$limit] AS reports
UNWIND reports AS s
RETURN p.id AS publisher, s.id AS id, coalesce(s.title, s.name) AS title,
       coalesce(s.outlet, p.name) AS outlet, s.publishedDate AS date
