import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Packages of fixture specs that the type fixtures import (test/support/fixture-packages.ts).
    globalSetup: ['test/support/fixture-packages.ts'],
    // Several suites start servers, compile with tsc or install a packed tarball: generous limits,
    // and no more workers than the 2-core CI machine has.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
  },
});
