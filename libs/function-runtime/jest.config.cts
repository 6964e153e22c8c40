module.exports = {
  displayName: 'function-runtime',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }]
  },
  moduleFileExtensions: ['ts', 'js', 'html', 'node'],
  coverageDirectory: '../../coverage/libs/function-runtime',
  // One worker: the machine is shared with other builds (team contract).
  maxWorkers: 1
};
