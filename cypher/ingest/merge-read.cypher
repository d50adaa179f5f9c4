// Step 1 of a merge: the two entities, and every relationship of the one that goes.
// $keep, $merge
MATCH (keep:Entity {id: $keep}), (gone:Entity {id: $merge})
CALL (keep, gone) {
  MATCH (gone)-[r]-(other) WHERE other <> keep AND other <> gone
  RETURN collect({
    type: type(r),
    direction: CASE WHEN startNode(r) = gone THEN 'out' ELSE 'in' END,
    other: elementId(other), otherId: other.id, props: properties(r)
  }) AS rels
}
RETURN keep.name AS keepName, coalesce(keep.aliases, []) AS keepAliases,
       labels(gone) AS labels, properties(gone) AS props, rels
