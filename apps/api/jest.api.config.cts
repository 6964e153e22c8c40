// API tests through HTTP against the real app (createApp), once per database: PATCHBAY_TEST_DB=sqlite|postgres.
// ts-jest only transpiles (tsconfig.jest.json); type-checking is done by lint/typecheck on tsconfig.spec.json.
module.exports = {
  displayName: `api-${process.env.PATCHBAY_TEST_DB ?? 'sqlite'}`,
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.api-spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'node'],
  testTimeout: 60000,
  // Some files start the API or the sandbox as child processes; afterAll stops them, and forceExit makes sure a
  // child that did not stop can never keep a CI run waiting.
  forceExit: true,
};
