import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // Every controller route says who may call it: @Public() or an access decorator (tools/eslint-rules/rules/route-access.ts).
    files: ['src/**/*.ts'],
    rules: {
      '@nx/workspace-route-access': 'error',
    },
  },
];
