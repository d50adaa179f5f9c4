// Claimgraph schema: run by `npm run seed` before any data is written.
// Every node has a stable string id, unique per label. Actor, Unit and Place
// also carry the label Entity, so a relation's endpoints are found by one index.

CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT unit_id IF NOT EXISTS FOR (n:Unit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;

// Alias-aware search: names and aliases of entities and sources.
CREATE FULLTEXT INDEX names IF NOT EXISTS
FOR (n:Actor|Unit|Place|Source) ON EACH [n.name, n.aliases]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Claim search: the statement and its verbatim excerpt.
CREATE FULLTEXT INDEX claim_text IF NOT EXISTS
FOR (n:Claim) ON EACH [n.text, n.excerpt]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Linking a new source: the denials (claims with denies: true, also labelled
// Denial) closest in words to its assertions. Its own index keeps that lookup
// to the few denials instead of every claim that shares a common word.
CREATE FULLTEXT INDEX denial_text IF NOT EXISTS
FOR (n:Denial) ON EACH [n.text, n.excerpt]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };

// Date ranges over claims and sources, as an analyst's Cypher writes them
// (WHERE c.day >= date('2024-11-01')), and as /api/claims?from=&to= reads them
// when no speaker, subject or source narrows the claims (claims-by-date).
CREATE INDEX claim_day IF NOT EXISTS FOR (n:Claim) ON (n.day);
CREATE INDEX claim_day_end IF NOT EXISTS FOR (n:Claim) ON (n.dayEnd);
CREATE INDEX source_day IF NOT EXISTS FOR (n:Source) ON (n.day);

// Linking a new source: is this article in the graph already?
CREATE INDEX source_hash IF NOT EXISTS FOR (n:Source) ON (n.textHash);
CREATE INDEX source_url IF NOT EXISTS FOR (n:Source) ON (n.url);

// Gone: a range index on the list c.measures served no query. `$m IN
// c.measures` (the figures view) is a label scan with or without it, and every
// claim written paid for its entry (~1 s of the 80k claims' load).
DROP INDEX claim_measures IF EXISTS;

// Gone: a range index on c.denies, from one earlier version. Denials are found
// through their label Denial and denial_text; nothing reads the index.
DROP INDEX claim_denies IF EXISTS;
