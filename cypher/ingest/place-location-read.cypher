// A place's location and the changes an analyst can still undo, read for a change to it.
// The SET and REMOVE write nothing but take the place's write lock before the read: two
// analysts placing it at once would otherwise both build on the same history, and one
// change would drop out of it. $id: the place.
MATCH (p:Place {id: $id})
SET p.locationLock = true
REMOVE p.locationLock
RETURN p {.id, .name, .lat, .lon, .locatedBy, .locatedAt, .locationHistory} AS place
