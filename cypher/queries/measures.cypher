// The measures that figures exist for, with how many claims state each.
MATCH (c:Claim) WHERE size(c.measures) > 0
UNWIND c.measures AS measure
RETURN measure, count(*) AS count
ORDER BY count DESC, measure
