// The Sources panel: every source with what it holds. How many claims it reports and by how
// many speakers; how many of them are in dispute (their figures disagree with another
// speaker's, or a contradiction is recorded against them); how many claims other articles
// relay from it, and how many of those are in dispute; how many of its claims (and of those
// relayed from it) are borne out (their figures agree with another speaker's, or a
// corroboration is recorded with them); how many sources it cites.
// $q: a word or words of its title or outlet, lower case (null: every source);
// $disputedByFigures: the ids of the claims whose figures another speaker's disagree with;
// $agreedByFigures: the ids of the claims whose figures another speaker's agree with;
// $rankCounts: for the 'disputed' and 'corroborated' orders, each source's claims in
// dispute, or borne out, by its id (sources-ranked-counts.cypher; an empty map otherwise);
// $order: 'published' (newest first), 'claims', 'disputed' or 'corroborated' (most first,
// counting its own claims and those relayed from it); $offset, $limit
MATCH (s:Source)
WHERE $q IS NULL
   OR toLower(coalesce(s.title, s.name, '') + ' ' + coalesce(s.outlet, '')) CONTAINS $q
// Only what the order needs is counted for every source; the rest for the page alone.
// A cited report reports no claim itself: what articles relay from it counts as its own.
WITH s, COUNT { (s)<-[:REPORTED_IN]-(:Claim) } AS claims,
     coalesce($rankCounts[s.id], 0) AS rank
ORDER BY CASE $order
           WHEN 'claims' THEN claims + COUNT { (s)<-[:RELAYED_FROM]-(:Claim) }
           WHEN 'disputed' THEN rank
           WHEN 'corroborated' THEN rank
           ELSE 0
         END DESC,
         coalesce(s.publishedDate, '') DESC, coalesce(s.title, s.name), s.id
WITH collect({s: s, claims: claims}) AS rows
WITH rows, rows[$offset..$offset + $limit] AS page
// One row even for an empty page, so that the total still says how many there are.
UNWIND (CASE WHEN size(page) = 0 THEN [null] ELSE page END) AS row
WITH size(rows) AS total, row.s AS s, row.claims AS claims
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
RETURN total,
       CASE WHEN s IS NULL THEN null ELSE {
         id: s.id,
         title: coalesce(s.title, s.name),
         outlet: coalesce(s.outlet, pub.name),
         publishedDate: s.publishedDate,
         url: s.url,
         held: s.text IS NOT NULL,
         claims: claims,
         speakers: COUNT { MATCH (s)<-[:REPORTED_IN]-(:Claim)<-[:SAID]-(sp:Actor) RETURN DISTINCT sp },
         disputedByFigures: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim) WHERE c.id IN $disputedByFigures
         },
         contradicted: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim) WHERE EXISTS { (c)-[:CONTRADICTS]-(:Claim) }
         },
         disputed: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim)
           WHERE c.id IN $disputedByFigures OR EXISTS { (c)-[:CONTRADICTS]-(:Claim) }
         },
         agreedByFigures: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim) WHERE c.id IN $agreedByFigures
         },
         corroboratedRecorded: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim) WHERE EXISTS { (c)-[:CORROBORATES]-(:Claim) }
         },
         corroborated: COUNT {
           MATCH (s)<-[:REPORTED_IN]-(c:Claim)
           WHERE c.id IN $agreedByFigures OR EXISTS { (c)-[:CORROBORATES]-(:Claim) }
         },
         relayedByOthers: COUNT { (:Claim)-[:RELAYED_FROM]->(s) },
         relayedDisputed: COUNT {
           MATCH (s)<-[:RELAYED_FROM]-(c:Claim)
           WHERE c.id IN $disputedByFigures OR EXISTS { (c)-[:CONTRADICTS]-(:Claim) }
         },
         relayedCorroborated: COUNT {
           MATCH (s)<-[:RELAYED_FROM]-(c:Claim)
           WHERE c.id IN $agreedByFigures OR EXISTS { (c)-[:CORROBORATES]-(:Claim) }
         },
         cites: COUNT { (s)-[:CITES]->(:Source) }
       } END AS source
