// Rewords the note of a recorded corroboration, whichever way round the two
// claims are named. Only an analyst's: the seed's notes come from
// seed/data/corroborations.json, which the next seed would write back.
// Returns the pair as stored, with the note it held before.
// $claim, $corroborates, $note
MATCH (:Claim {id: $claim})-[k:CORROBORATES]-(:Claim {id: $corroborates})
WITH k, k.note AS previousNote
FOREACH (_ IN CASE WHEN k.origin = 'analyst' THEN [1] ELSE [] END |
  SET k.note = $note, k.editedAt = datetime()
)
RETURN startNode(k).id AS claim, endNode(k).id AS corroborates, k.note AS note, k.origin AS origin,
       previousNote
