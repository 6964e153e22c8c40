/**
 * Browser tests against the BUILT api + dashboard. Run them through `npx nx e2e dashboard-e2e`, whose
 * dependsOn builds both first; the global setup only starts what was built.
 */
module.exports = {
  displayName: 'dashboard-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'json'],
  globalSetup: '<rootDir>/src/support/global-setup.ts',
  globalTeardown: '<rootDir>/src/support/global-teardown.ts',
  // A browser flow with a real server takes seconds, not the default 5 s.
  testTimeout: 90_000,
  // Counted in the closing line of `npm test` like every other suite.
  reporters: ['default', require('node:path').join(__dirname, '../../tools/jest/summary-reporter.cjs')],
};
