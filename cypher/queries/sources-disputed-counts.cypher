// How many of each source's claims are in dispute: their figures disagree with another
// speaker's, or a contradiction is recorded against them. A source's claims are those it
// reports and those other articles relay from it (a cited report's account). Read once
// per graph version for the Sources panel's "most in dispute first" order, which
// otherwise checked every claim of the graph on each request. Sources with none are left
// out.
// $disputedByFigures: the ids of the claims whose figures another speaker's disagree with
CALL {
  UNWIND $disputedByFigures AS id
  MATCH (c:Claim {id: id})
  RETURN c
  UNION
  MATCH (c:Claim)-[:CONTRADICTS]-(:Claim)
  RETURN c
}
MATCH (c)-[:REPORTED_IN|RELAYED_FROM]->(s:Source)
RETURN s.id AS source, count(DISTINCT c) AS disputed
