// Which of the given ids are claims. $ids
MATCH (c:Claim) WHERE c.id IN $ids
RETURN c.id AS id
