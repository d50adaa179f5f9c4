// One node by its stable id, whatever its label, with its degree by relationship type.
// Degrees per type of the model (seed/model.ts RELATION_TYPES) are O(1) lookups,
// even on a hub; only if the node also has relationships of another type are
// they counted the slow way, by expanding them all. $id
CALL () {
  MATCH (n:Entity {id: $id}) RETURN n
  UNION
  MATCH (n:Source {id: $id}) RETURN n
  UNION
  MATCH (n:Claim {id: $id}) RETURN n
}
WITH n LIMIT 1
WITH n, [
    {type: 'SAID', direction: 'out', count: COUNT { (n)-[:SAID]->() }},
    {type: 'SAID', direction: 'in', count: COUNT { (n)<-[:SAID]-() }},
    {type: 'REPORTED_IN', direction: 'out', count: COUNT { (n)-[:REPORTED_IN]->() }},
    {type: 'REPORTED_IN', direction: 'in', count: COUNT { (n)<-[:REPORTED_IN]-() }},
    {type: 'ABOUT', direction: 'out', count: COUNT { (n)-[:ABOUT]->() }},
    {type: 'ABOUT', direction: 'in', count: COUNT { (n)<-[:ABOUT]-() }},
    {type: 'PUBLISHED_BY', direction: 'out', count: COUNT { (n)-[:PUBLISHED_BY]->() }},
    {type: 'PUBLISHED_BY', direction: 'in', count: COUNT { (n)<-[:PUBLISHED_BY]-() }},
    {type: 'CITES', direction: 'out', count: COUNT { (n)-[:CITES]->() }},
    {type: 'CITES', direction: 'in', count: COUNT { (n)<-[:CITES]-() }},
    {type: 'RELAYED_FROM', direction: 'out', count: COUNT { (n)-[:RELAYED_FROM]->() }},
    {type: 'RELAYED_FROM', direction: 'in', count: COUNT { (n)<-[:RELAYED_FROM]-() }},
    {type: 'CONTRADICTS', direction: 'out', count: COUNT { (n)-[:CONTRADICTS]->() }},
    {type: 'CONTRADICTS', direction: 'in', count: COUNT { (n)<-[:CONTRADICTS]-() }},
    {type: 'CORROBORATES', direction: 'out', count: COUNT { (n)-[:CORROBORATES]->() }},
    {type: 'CORROBORATES', direction: 'in', count: COUNT { (n)<-[:CORROBORATES]-() }},
    {type: 'DEPLOYED_TO', direction: 'out', count: COUNT { (n)-[:DEPLOYED_TO]->() }},
    {type: 'DEPLOYED_TO', direction: 'in', count: COUNT { (n)<-[:DEPLOYED_TO]-() }},
    {type: 'PART_OF', direction: 'out', count: COUNT { (n)-[:PART_OF]->() }},
    {type: 'PART_OF', direction: 'in', count: COUNT { (n)<-[:PART_OF]-() }},
    {type: 'LOCATED_IN', direction: 'out', count: COUNT { (n)-[:LOCATED_IN]->() }},
    {type: 'LOCATED_IN', direction: 'in', count: COUNT { (n)<-[:LOCATED_IN]-() }},
    {type: 'LEADS', direction: 'out', count: COUNT { (n)-[:LEADS]->() }},
    {type: 'LEADS', direction: 'in', count: COUNT { (n)<-[:LEADS]-() }},
    {type: 'MEMBER_OF', direction: 'out', count: COUNT { (n)-[:MEMBER_OF]->() }},
    {type: 'MEMBER_OF', direction: 'in', count: COUNT { (n)<-[:MEMBER_OF]-() }},
    {type: 'ALLIED_WITH', direction: 'out', count: COUNT { (n)-[:ALLIED_WITH]->() }},
    {type: 'ALLIED_WITH', direction: 'in', count: COUNT { (n)<-[:ALLIED_WITH]-() }},
    {type: 'FIGHTS_AGAINST', direction: 'out', count: COUNT { (n)-[:FIGHTS_AGAINST]->() }},
    {type: 'FIGHTS_AGAINST', direction: 'in', count: COUNT { (n)<-[:FIGHTS_AGAINST]-() }}
  ] AS typed
WITH n, [d IN typed WHERE d.count > 0] AS typed,
     COUNT { (n)-->() } + COUNT { (n)<--() } AS total
CALL (n, typed, total) {
  WITH * WHERE reduce(s = 0, d IN typed | s + d.count) = total
  RETURN typed AS degree
  UNION
  WITH * WHERE reduce(s = 0, d IN typed | s + d.count) <> total
  CALL (n) {
    MATCH (n)-[r]->()
    RETURN type(r) AS type, 'out' AS direction, count(*) AS count
    UNION ALL
    MATCH (n)<-[r]-()
    RETURN type(r) AS type, 'in' AS direction, count(*) AS count
  }
  WITH n, collect({type: type, direction: direction, count: count}) AS degree
  RETURN degree
}
RETURN n, degree
