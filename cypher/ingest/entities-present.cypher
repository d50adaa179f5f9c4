// Which of the given ids are entities, with their names and aliases. $ids
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases,
       [l IN labels(e) WHERE l IN ['Actor', 'Unit', 'Place']][0] AS label
