// Real database work: seeding and clean-ups take seconds on a busy 2-core
// machine. Set here because Jest reads `testTimeout` from the global config
// only, not from a project's; a file may still set its own.
jest.setTimeout(60_000);
