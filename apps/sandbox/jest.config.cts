module.exports = {
  displayName: 'sandbox',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/apps/sandbox',
  // Suites start real servers (and one starts Chromium): one at a time keeps the 2-core machine responsive.
  maxWorkers: 1,
  testTimeout: 30000
};
