// Removes a linked source: deletes its claims (with their contradictions),
// the source, the entities and reports its commit created that nothing else
// links to (a report: that no other source cites, no other claim relays), and
// the aliases it taught and the links it rejected (a rejection that learning
// an alias took back is restored). An entity linked since keeps its place:
// only entities without any relationship left are deleted. A RemovedSource
// node keeps what was removed, and when, for the record.
// $id, $claimIds, $entityIds, $reportIds, $aliases: [{id, alias, key, unrejected}],
// $rejections: [{id, key}]
MATCH (s:Source {id: $id})
CREATE (:RemovedSource {
  source: s.id, title: s.title, outlet: s.outlet, url: s.url,
  publishedDate: s.publishedDate, linkedAt: s.linkedAt, removedAt: datetime(),
  claims: size($claimIds)
})
WITH s
CALL (s) {
  MATCH (c:Claim)-[:REPORTED_IN]->(s) WHERE c.id IN $claimIds
  DETACH DELETE c
}
DETACH DELETE s
WITH 1 AS _
// The reports first: a new outlet that published one goes only once it has.
CALL () {
  UNWIND $reportIds AS rid
  MATCH (r:Source {id: rid}) WHERE NOT EXISTS { (r)<--() }
  DETACH DELETE r
  RETURN collect(rid) AS reportsDeleted
}
CALL () {
  UNWIND $entityIds AS eid
  MATCH (e:Entity {id: eid}) WHERE NOT EXISTS { (e)--() }
  DELETE e
  RETURN collect(eid) AS deleted
}
CALL () {
  UNWIND $aliases AS row
  MATCH (e:Entity {id: row.id}) WHERE row.alias IN coalesce(e.aliases, [])
  SET e.aliases = [a IN e.aliases WHERE a <> row.alias]
  FOREACH (_ IN CASE WHEN row.unrejected AND NOT row.key IN coalesce(e.rejectedAliases, [])
                     THEN [1] ELSE [] END |
    SET e.rejectedAliases = coalesce(e.rejectedAliases, []) + row.key)
  RETURN collect({id: row.id, alias: row.alias}) AS forgotten
}
CALL () {
  UNWIND $rejections AS row
  MATCH (e:Entity {id: row.id}) WHERE row.key IN coalesce(e.rejectedAliases, [])
  WITH e, [x IN e.rejectedAliases WHERE x <> row.key] AS left, row
  SET e.rejectedAliases = CASE WHEN size(left) = 0 THEN null ELSE left END
  RETURN collect({id: row.id, key: row.key}) AS unrejected
}
RETURN deleted, reportsDeleted, forgotten, unrejected
