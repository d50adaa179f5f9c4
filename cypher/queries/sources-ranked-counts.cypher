// How many of each source's claims are in dispute (their figures disagree with another
// speaker's, or a contradiction is recorded against them), or borne out (their figures
// agree with another speaker's, or a corroboration is recorded with them). A source's
// claims are those it reports and those other articles relay from it (a cited report's
// account). Read once per graph version for the Sources panel's "most in dispute first"
// and "most borne out first" orders, which otherwise checked every claim of the graph on
// each request. Sources with none are left out.
// $byFigures: the ids of the claims whose figures another speaker's disagree (or agree)
// with; $recorded: the pairs recorded that count, 'CONTRADICTS' or 'CORROBORATES'
CALL () {
  UNWIND $byFigures AS id
  MATCH (c:Claim {id: id})
  RETURN c
  UNION
  MATCH (c:Claim)-[r:CONTRADICTS|CORROBORATES]-(:Claim)
  WHERE type(r) = $recorded
  RETURN c
}
MATCH (c)-[:REPORTED_IN|RELAYED_FROM]->(s:Source)
RETURN s.id AS source, count(DISTINCT c) AS n
