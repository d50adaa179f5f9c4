// Node counts by label, relationship counts by type, and the distinct node
// total (Entity is a second label of Actor, Unit and Place), for the loader's report.
// Each count names its label or type, so Neo4j reads it from its count store
// at once; counting by labels(n) and type(r) scanned every node and relationship
// (seconds at a million relationships). The labels and types are the model's
// (seed/model.ts; a unit test keeps the two in step). Zero counts are left out.
CALL () {
  MATCH (n:Actor) WITH count(n) AS count RETURN 'node' AS kind, 'Actor' AS name, count
  UNION ALL
  MATCH (n:Unit) WITH count(n) AS count RETURN 'node' AS kind, 'Unit' AS name, count
  UNION ALL
  MATCH (n:Place) WITH count(n) AS count RETURN 'node' AS kind, 'Place' AS name, count
  UNION ALL
  MATCH (n:Source) WITH count(n) AS count RETURN 'node' AS kind, 'Source' AS name, count
  UNION ALL
  MATCH (n:Claim) WITH count(n) AS count RETURN 'node' AS kind, 'Claim' AS name, count
  UNION ALL
  MATCH (n:Entity) WITH count(n) AS count RETURN 'node' AS kind, 'Entity' AS name, count
  UNION ALL
  MATCH ()-[r:SAID]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'SAID' AS name, count
  UNION ALL
  MATCH ()-[r:REPORTED_IN]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'REPORTED_IN' AS name, count
  UNION ALL
  MATCH ()-[r:ABOUT]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ABOUT' AS name, count
  UNION ALL
  MATCH ()-[r:PUBLISHED_BY]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PUBLISHED_BY' AS name, count
  UNION ALL
  MATCH ()-[r:CITES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CITES' AS name, count
  UNION ALL
  MATCH ()-[r:RELAYED_FROM]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'RELAYED_FROM' AS name, count
  UNION ALL
  MATCH ()-[r:CONTRADICTS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CONTRADICTS' AS name, count
  UNION ALL
  MATCH ()-[r:CORROBORATES]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'CORROBORATES' AS name, count
  UNION ALL
  MATCH ()-[r:DEPLOYED_TO]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'DEPLOYED_TO' AS name, count
  UNION ALL
  MATCH ()-[r:PART_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'PART_OF' AS name, count
  UNION ALL
  MATCH ()-[r:LOCATED_IN]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'LOCATED_IN' AS name, count
  UNION ALL
  MATCH ()-[r:LEADS]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'LEADS' AS name, count
  UNION ALL
  MATCH ()-[r:MEMBER_OF]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'MEMBER_OF' AS name, count
  UNION ALL
  MATCH ()-[r:ALLIED_WITH]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'ALLIED_WITH' AS name, count
  UNION ALL
  MATCH ()-[r:FIGHTS_AGAINST]->() WITH count(r) AS count RETURN 'relationship' AS kind, 'FIGHTS_AGAINST' AS name, count
  UNION ALL
  MATCH (n) WITH count(n) AS count RETURN 'total' AS kind, 'nodes' AS name, count
}
WITH kind, name, count WHERE count > 0 OR kind = 'total'
RETURN kind, name, count
ORDER BY kind, name
