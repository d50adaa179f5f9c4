// An analyst says what place a place lies in ($within; null: takes back what an analyst
// said): the analyst's LOCATED_IN of the place is replaced, recorded as the analyst's and
// when. The seed's own are never touched (place-within-read refuses a place that has
// one). Answers what the place now lies in. $id: the place.
MATCH (p:Place {id: $id})
CALL (p) {
  MATCH (p)-[r:LOCATED_IN {origin: 'analyst'}]->()
  DELETE r
}
OPTIONAL MATCH (w:Place {id: $within})
CALL (p, w) {
  WITH p, w WHERE w IS NOT NULL
  CREATE (p)-[r:LOCATED_IN]->(w)
  SET r.origin = 'analyst', r.recordedAt = datetime.transaction()
}
RETURN p {.id, .name} AS place, w {.id, .name} AS within
