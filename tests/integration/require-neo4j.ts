// Integration tests talk to the real Neo4j that `npm test` starts and seeds.
if (!process.env.NEO4J_URI) {
  throw new Error('Integration tests need Neo4j: run them through `npm test` (tests/run.ts).');
}
