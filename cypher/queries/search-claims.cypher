// Search over claim statements and their verbatim excerpts.
// $lucene, $limit
CALL db.index.fulltext.queryNodes('claim_text', $lucene, {limit: $limit}) YIELD node, score
RETURN node.id AS id, 'Claim' AS category, CASE WHEN node.quote THEN 'quote' ELSE 'paraphrase' END AS kind,
       node.name AS name, [] AS aliases, score
ORDER BY score DESC
