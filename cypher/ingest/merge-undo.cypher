// Undoes a merge: re-creates the merged entity with its labels and properties,
// moves its relationships back and restores the kept entity's aliases.
// $decisionId, $labels, $props, $rels: [{type, direction, other, otherId, props}]
MATCH (d:MergeDecision {id: $decisionId, undone: false})
MATCH (keep:Entity {id: d.keep})
CALL (d) {
  UNWIND d.createdRelationships AS eid
  MATCH ()-[r]-() WHERE elementId(r) = eid
  DELETE r
}
CREATE (back:Entity)
SET back = $props
SET back:$($labels)
WITH d, keep, back
CALL (back) {
  UNWIND $rels AS rel
  CALL (rel) {
    MATCH (o:Entity {id: rel.otherId}) RETURN o
    UNION MATCH (o:Source {id: rel.otherId}) RETURN o
    UNION MATCH (o:Claim {id: rel.otherId}) RETURN o
  }
  CALL (back, o, rel) {
    WITH back, o, rel WHERE rel.direction = 'out'
    CREATE (back)-[n:$(rel.type)]->(o) SET n = rel.props
    RETURN n
    UNION
    WITH back, o, rel WHERE rel.direction = 'in'
    CREATE (back)<-[n:$(rel.type)]-(o) SET n = rel.props
    RETURN n
  }
  RETURN count(n) AS restored
}
SET keep.aliases = d.keepAliasesBefore, d.undone = true, d.undoneAt = datetime()
RETURN back.id AS id, restored
