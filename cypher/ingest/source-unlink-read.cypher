// What taking back a linked source would remove: the source, its claims, the
// contradictions recorded on them, and what its commit recorded having changed
// elsewhere. Takes the source's write lock first (a property set and removed at
// once), so that two take-backs of the same source run one after the other.
// $id
MATCH (s:Source {id: $id})
SET s.unlinkLock = true
REMOVE s.unlinkLock
// A take-back that held the lock before may have deleted it meanwhile: its
// properties then read as null, and this one finds no source (404).
WITH s WHERE s.id = $id
WITH s, COLLECT { MATCH (c:Claim)-[:REPORTED_IN]->(s) RETURN c } AS claims
RETURN s.id AS id, s.title AS title, s.outlet AS outlet, s.url AS url,
       s.publishedDate AS publishedDate, s.text AS text, s.origin AS origin,
       s.linkedAt AS linkedAt, s.linkedEntities AS linkedEntities,
       coalesce(s.linkedReports, []) AS linkedReports,
       s.linkedAliasesJson AS linkedAliasesJson,
       s.linkedRejectionsJson AS linkedRejectionsJson,
       s.linkedReviewJson AS linkedReviewJson,
       [c IN claims | {
         id: c.id, text: c.text, date: c.date,
         speaker: COLLECT { MATCH (a:Actor)-[:SAID]->(c) RETURN a.name }[0]
       }] AS claims,
       COLLECT {
         MATCH (c:Claim)-[k:CONTRADICTS]-(:Claim) WHERE c IN claims
         RETURN DISTINCT {
           claim: startNode(k).id, contradicts: endNode(k).id,
           note: k.note, origin: k.origin
         } AS k
       } AS contradictions,
       COLLECT {
         MATCH (c:Claim)-[k:CORROBORATES]-(:Claim) WHERE c IN claims
         RETURN DISTINCT {
           claim: startNode(k).id, corroborates: endNode(k).id,
           note: k.note, origin: k.origin
         } AS k
       } AS corroborations,
       // Links to the source from anything but its own claims' reports and
       // subjects: other sources citing it, other sources' claims about it.
       COLLECT {
         MATCH (x)-[r]->(s)
         WHERE NOT (x IN claims AND type(r) IN ['REPORTED_IN', 'ABOUT'])
         RETURN DISTINCT {id: x.id, type: type(r)} AS link
       } AS linkedFrom
