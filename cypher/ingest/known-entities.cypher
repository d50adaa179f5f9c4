// Every entity's names, for the extractor's alias index, with the surface
// forms analysts rejected for it, and what it leads or is a member of, two
// steps up (Budanov: the HUR, Ukraine).
MATCH (e:Entity)
RETURN e.id AS id, [l IN labels(e) WHERE l IN ['Actor', 'Unit', 'Place']][0] AS label,
       e.kind AS kind, e.name AS name, coalesce(e.aliases, []) AS aliases,
       coalesce(e.rejectedAliases, []) AS rejectedAliases,
       [(e)-[:LEADS|MEMBER_OF*1..2]->(o:Entity) | o.id] AS affiliations
