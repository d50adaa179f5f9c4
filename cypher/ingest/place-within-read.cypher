// What saying that a place lies in another checks first: the place and what it lies in
// now (`origin: 'analyst'` when an analyst said so; else the seed's, which stays), the
// place named to lie in (null: no such place) and whether that one lies in the first
// (then the first cannot lie in it). $id: the place; $within: the place it is to lie in,
// or null.
MATCH (p:Place {id: $id})
OPTIONAL MATCH (w:Place {id: $within})
RETURN p {.id, .name} AS place,
       COLLECT {
         MATCH (p)-[r:LOCATED_IN]->(x:Entity)
         RETURN x {.id, .name, origin: r.origin} ORDER BY x.name
       } AS now,
       w {.id, .name} AS within,
       w IS NOT NULL AND EXISTS { (w)-[:LOCATED_IN*1..20]->(p) } AS circular
