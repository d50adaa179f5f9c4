// Sets a place's location as a change or its undo works it out: $lat, $lon, who placed it
// ($locatedBy: 'analyst', or null for the seed's coordinates or none), when ($locatedAt;
// null with $stamp: this transaction's time) and the changes that can still be undone
// ($history, JSON strings, oldest first; null removes it). $id: the place, read and
// locked by place-location-read in the same transaction.
MATCH (p:Place {id: $id})
SET p.lat = $lat,
    p.lon = $lon,
    p.locatedBy = $locatedBy,
    p.locatedAt = CASE WHEN $stamp THEN toString(datetime.transaction()) ELSE $locatedAt END,
    p.locationHistory = $history
RETURN p {.id, .name, .lat, .lon, .locatedBy, .locatedAt} AS place
