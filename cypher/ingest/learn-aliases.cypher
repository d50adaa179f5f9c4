// Aliases learned from accepted matches, and surface forms rejected for an
// entity (so the same form is not proposed for it again). Returns what it
// changed, which the source records so that taking it back undoes exactly that.
// $learned: [{id, alias, key}], $rejected: [{id, key, surface}]
CALL (*) {
  UNWIND $learned AS row
  MATCH (e:Entity {id: row.id})
  WHERE NOT row.alias IN coalesce(e.aliases, []) AND e.name <> row.alias
  // Learning a form takes back an earlier rejection of it for the same entity.
  WITH e, row, row.key IN coalesce(e.rejectedAliases, []) AS wasRejected
  SET e.aliases = coalesce(e.aliases, []) + row.alias
  FOREACH (_ IN CASE WHEN wasRejected THEN [1] ELSE [] END |
    SET e.rejectedAliases = [x IN e.rejectedAliases WHERE x <> row.key])
  RETURN collect({id: row.id, alias: row.alias, key: row.key, unrejected: wasRejected}) AS learned
}
CALL (*) {
  UNWIND $rejected AS row
  MATCH (e:Entity {id: row.id})
  WHERE NOT row.key IN coalesce(e.rejectedAliases, [])
  SET e.rejectedAliases = coalesce(e.rejectedAliases, []) + row.key
  RETURN collect({id: row.id, key: row.key, surface: row.surface}) AS rejected
}
RETURN learned, rejected
