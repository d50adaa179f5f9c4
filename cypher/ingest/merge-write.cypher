// Step 2 of a merge: re-create the relationships on the entity kept, unite the
// aliases, record the decision and delete the merged entity.
// $keep, $merge, $rels: [{type, direction, other, props}], $aliases, $decision: {id, ...json}
MATCH (keep:Entity {id: $keep}), (gone:Entity {id: $merge})
CALL (keep) {
  UNWIND $rels AS rel
  MATCH (other) WHERE elementId(other) = rel.other
  CALL (keep, other, rel) {
    WITH keep, other, rel WHERE rel.direction = 'out'
    CREATE (keep)-[n:$(rel.type)]->(other) SET n = rel.props
    RETURN n
    UNION
    WITH keep, other, rel WHERE rel.direction = 'in'
    CREATE (keep)<-[n:$(rel.type)]-(other) SET n = rel.props
    RETURN n
  }
  RETURN collect(elementId(n)) AS created
}
SET keep.aliases = $aliases
CREATE (d:MergeDecision)
SET d = $decision, d.at = datetime(), d.createdRelationships = created, d.undone = false
DETACH DELETE gone
RETURN d.id AS decision, size(created) AS moved
