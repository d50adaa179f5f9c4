// The outlet actor whose name or alias is the given outlet name (case-insensitive). $outlet
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($outlet) OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) = toLower($outlet))
RETURN a.id AS id
ORDER BY CASE a.kind WHEN 'media' THEN 0 WHEN 'agency' THEN 1 ELSE 2 END
LIMIT 1
