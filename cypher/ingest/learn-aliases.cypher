// Aliases learned from accepted matches, and surface forms rejected for an
// entity (so the same form is not proposed for it again).
// $learned: [{id, alias}], $rejected: [{id, surface}]
CALL (*) {
  UNWIND $learned AS row
  MATCH (e:Entity {id: row.id})
  WHERE NOT row.alias IN coalesce(e.aliases, []) AND e.name <> row.alias
  SET e.aliases = coalesce(e.aliases, []) + row.alias,
      e.rejectedAliases = [x IN coalesce(e.rejectedAliases, []) WHERE x <> row.key]
}
CALL (*) {
  UNWIND $rejected AS row
  MATCH (e:Entity {id: row.id})
  WHERE NOT row.key IN coalesce(e.rejectedAliases, [])
  SET e.rejectedAliases = coalesce(e.rejectedAliases, []) + row.key
}
RETURN 1 AS done
