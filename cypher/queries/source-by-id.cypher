// One source with its text, publisher, the reports it relays and those relaying it.
// $id
MATCH (s:Source {id: $id})
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(pub:Actor)
RETURN s, pub,
       COLLECT { MATCH (s)-[:CITES]->(t:Source) RETURN {id: t.id, title: t.title, outlet: t.outlet} } AS cites,
       COLLECT { MATCH (t:Source)-[:CITES]->(s) RETURN {id: t.id, title: t.title, outlet: t.outlet} } AS citedBy
