module.exports = {
  displayName: 'functions-sdk',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html'],
  coverageDirectory: '../../coverage/libs/functions-sdk',
  // One worker: the machine is shared with other builds (team contract).
  maxWorkers: 1
};
