// An analyst places a place on the map, or takes its coordinates back: sets its latitude
// and longitude ($lat, $lon; both null: clears them), records who placed it and when,
// and answers the place as it now is with the coordinates it had before (`previous`), so
// that the change can be undone. $id: the place.
MATCH (p:Place {id: $id})
WITH p, {lat: p.lat, lon: p.lon, locatedBy: p.locatedBy} AS previous
SET p.lat = $lat,
    p.lon = $lon,
    p.locatedBy = CASE WHEN $lat IS NULL THEN null ELSE 'analyst' END,
    p.locatedAt = CASE WHEN $lat IS NULL THEN null ELSE toString(datetime.transaction()) END
RETURN p {.id, .name, .lat, .lon, .locatedBy, .locatedAt} AS place, previous
