// Jest project of tools/generate/api-types.spec.ts (tools/generate is not an Nx project of its own).
// Run with: npx jest -c tools/generate/api-types.jest.config.ts
export default {
  displayName: 'api-types',
  preset: '../../jest.preset.js',
  testEnvironment: 'node',
  rootDir: '.',
  testMatch: ['<rootDir>/api-types.spec.ts'],
  transform: {
    '^.+\\.[tj]s$': ['ts-jest', { tsconfig: '<rootDir>/../../apps/api/tsconfig.jest.json' }],
  },
  moduleFileExtensions: ['ts', 'js'],
  maxWorkers: 1,
};
