// Records on a source an analyst linked when it was linked and what its commit
// changed outside the source and its claims: the entities it created, the
// reports it added (sources we do not hold), the aliases it taught existing
// entities and the links it rejected. Taking the
// source back (source-unlink-*) undoes exactly that. Also the review as it was
// committed, which a new review of the article starts from.
// $id, $entities: [id], $reports: [id], $aliasesJson, $rejectionsJson, $reviewJson: JSON strings
MATCH (s:Source {id: $id})
SET s.linkedAt = datetime(),
    s.linkedEntities = $entities,
    s.linkedReports = $reports,
    s.linkedAliasesJson = $aliasesJson,
    s.linkedRejectionsJson = $rejectionsJson,
    s.linkedReviewJson = $reviewJson
RETURN s.id AS id
