// How many claims there are (each with its speaker and source), and how many of them are dated:
// what claims-all.cypher pages through. Counted once per graph version by the server.
MATCH (:Actor)-[:SAID]->(c:Claim)-[:REPORTED_IN]->(:Source)
RETURN count(*) AS total, count(c.day) AS dated
