// Reports published on the day a claim was said, by its speaker or by what the
// speaker is a member or the leader of: "Blinken announced during a briefing
// on October 31" and the US government's briefing of 31 October 2024. For
// proposing the report an article's claim is relayed from
// (server/ingest/relays.ts).
// $asks: [{claim, speaker: actor id, date: YYYY-MM-DD}]; $limit: rows at most
UNWIND $asks AS ask
MATCH (a:Actor {id: ask.speaker})
OPTIONAL MATCH (a)-[:MEMBER_OF|LEADS]->(o:Actor)
WITH ask, a, collect(DISTINCT o) AS organisations
UNWIND [a] + organisations AS p
MATCH (p)<-[:PUBLISHED_BY]-(s:Source)
WHERE s.publishedDate = ask.date
RETURN ask.claim AS claim, p.id AS publisher, s.id AS id, coalesce(s.title, s.name) AS title,
       coalesce(s.outlet, p.name) AS outlet, s.publishedDate AS date
ORDER BY claim, id
LIMIT $limit
