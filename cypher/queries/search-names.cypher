// Alias-aware, typo-tolerant search over names and aliases.
// $lucene: a Lucene query built by server/domain/search.ts from the analyst's words
// $labels: categories to keep (empty = all); $limit: rows
CALL db.index.fulltext.queryNodes('names', $lucene, {limit: $fetch}) YIELD node, score
WHERE size($labels) = 0 OR any(l IN labels(node) WHERE l IN $labels)
RETURN node.id AS id,
       [l IN labels(node) WHERE l IN ['Actor', 'Unit', 'Place', 'Source']][0] AS category,
       node.kind AS kind, node.name AS name, node.aliases AS aliases, score
ORDER BY score DESC
LIMIT $limit
