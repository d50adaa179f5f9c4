// A source already holding this article: same url, or same normalised text.
// $url (may be null), $textHash
OPTIONAL MATCH (byUrl:Source) WHERE $url IS NOT NULL AND byUrl.url = $url
OPTIONAL MATCH (byHash:Source {textHash: $textHash})
WITH coalesce(byUrl, byHash) AS s
WHERE s IS NOT NULL
RETURN s.id AS id, s.title AS title
LIMIT 1
