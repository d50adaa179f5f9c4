// Two projects: unit tests need nothing; integration tests need the Neo4j that
// tests/run.ts starts and seeds, and read its connection from the environment.
const transform = { '^.+\\.tsx?$': ['@swc/jest'] };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
    },
    {
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/tests/integration/require-neo4j.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/integration/timeout.ts'],
    },
    {
      // The built client in Debian's Chromium against the real server and Neo4j.
      displayName: 'e2e',
      testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
      transform,
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/tests/integration/require-neo4j.ts'],
    },
  ],
};
