// The entities taking back a linked source may leave without any link: those
// its commit created ($ids), and those another analyst's commit created that
// the source's claims link to or that published a report going with it (so
// that an entity kept when its first source was taken back goes with the last
// source that used it, or cited its report). For each, how many
// links it has besides those of the source's claims and of the reports that go
// with it (ingest/source-unlink-reports: a new outlet publishes the report its
// commit added): those with none go.
// $ids: [entity id], $claimIds: [the source's claim ids], $reportIds: [reports going]
CALL () {
  MATCH (e:Entity) WHERE e.id IN $ids
  RETURN e
  UNION
  MATCH (c:Claim)--(e:Entity) WHERE c.id IN $claimIds AND e.origin = 'ingest'
  RETURN e
  UNION
  MATCH (r:Source)-[:PUBLISHED_BY]->(e:Entity) WHERE r.id IN $reportIds AND e.origin = 'ingest'
  RETURN e
}
RETURN e.id AS id, e.name AS name,
       [l IN labels(e) WHERE l IN ['Actor', 'Unit', 'Place']][0] AS label,
       e.id IN $ids AS firstSeenHere,
       COUNT {
         MATCH (e)-[]-(x)
         WHERE NOT (x:Claim AND x.id IN $claimIds) AND NOT (x:Source AND x.id IN $reportIds)
       } AS otherLinks
ORDER BY name
