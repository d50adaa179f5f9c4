// The entities created with a source linked before sources recorded their
// commit: they carry the note that commit wrote ("First seen in …").
// $note
MATCH (e:Entity) WHERE e.origin = 'ingest' AND e.note = $note
RETURN e.id AS id
