// The reports analysts' commits added (sources we do not hold) that taking a
// linked source back leaves without a link: its own commit's, and those
// another commit added that it cites (so that a report kept when its first
// source was taken back goes with the last source that cites it). A report
// goes when none cites it or relays a claim from it but the source and its
// claims; one another source cites stays.
// $id: the source, $reportIds: its commit's reports, $claimIds: its claims
MATCH (r:Source)
WHERE (r.id IN $reportIds
       OR (r.origin = 'ingest' AND r.held = false AND EXISTS { (:Source {id: $id})-[:CITES]->(r) }))
  AND NOT EXISTS {
    MATCH (x)-->(r)
    WHERE NOT (x:Source AND x.id = $id) AND NOT (x:Claim AND x.id IN $claimIds)
  }
RETURN r.id AS id, coalesce(r.title, r.name) AS title
ORDER BY id
