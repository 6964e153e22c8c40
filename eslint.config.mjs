import nx from '@nx/eslint-plugin';

/**
 * Which scopes each scope may import (besides itself): the intended dependency arrows. Every project carries one
 * scope:* tag listed here and one type:* tag (tools/eslint-rules/boundaries.spec.ts checks both). Nothing imports scope:api.
 */
export const SCOPE_ARROWS = {
  'scope:spec': [],
  'scope:runtime': ['scope:spec'],
  'scope:sandbox': ['scope:spec'],
  // The `function` generator is a local-dev front of the function toolchain (the same code generation the chat uses).
  'scope:generators': ['scope:spec', 'scope:runtime', 'scope:connectors', 'scope:functions'],
  'scope:connectors': ['scope:runtime', 'scope:spec'],
  'scope:panels': [],
  'scope:dashboard': ['scope:panels'],
  'scope:planner': ['scope:spec'],
  'scope:functions': ['scope:spec', 'scope:runtime', 'scope:connectors', 'scope:planner'],
  'scope:api': ['scope:spec', 'scope:runtime', 'scope:connectors', 'scope:panels', 'scope:planner', 'scope:functions'],
  'scope:tools': [],
};

const DEP_CONSTRAINTS = Object.entries(SCOPE_ARROWS).map(([sourceTag, targets]) => ({
  sourceTag,
  onlyDependOnLibsWithTags: [sourceTag, ...targets],
}));

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: DEP_CONSTRAINTS,
        },
      ],
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.cts', '**/*.mts', '**/*.js', '**/*.jsx', '**/*.cjs', '**/*.mjs'],
    // Override or add rules here
    rules: {},
  },
  {
    files: ['**/*.json'],
    // Override or add rules here
    rules: {},
    languageOptions: {
      parser: await import('jsonc-eslint-parser'),
    },
  },
];
