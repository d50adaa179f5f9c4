// Records on a source an analyst linked when it was linked and what its commit
// changed outside the source and its claims: the entities it created, the
// aliases it taught existing entities and the links it rejected. Taking the
// source back (source-unlink-*) undoes exactly that.
// $id, $entities: [id], $aliasesJson, $rejectionsJson: JSON strings
MATCH (s:Source {id: $id})
SET s.linkedAt = datetime(),
    s.linkedEntities = $entities,
    s.linkedAliasesJson = $aliasesJson,
    s.linkedRejectionsJson = $rejectionsJson
RETURN s.id AS id
