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
  {
    // Platform knows no domain: entities, migrations' list, commands and decorators that name modules live in the
    // composition root (src/schema.ts, src/reencrypt.command.ts) or in the modules themselves.
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/modules/**'], message: 'platform/ must not import from modules/' }] }],
    },
  },
];
