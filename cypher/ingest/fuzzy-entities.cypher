// Fuzzy candidates for a surface form the alias index does not know.
// $lucene (from server/domain/search.ts), $limit
CALL db.index.fulltext.queryNodes('names', $lucene, {limit: $limit}) YIELD node, score
WHERE node:Entity
RETURN node.id AS id, score
