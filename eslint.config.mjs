import nx from '@nx/eslint-plugin';

/** Which scopes each scope may import (besides itself). Exported for tools/eslint-rules/boundaries.spec.ts. */
export const SCOPE_ARROWS = {
  'scope:spec': [],
  'scope:runtime': ['scope:spec'],
  'scope:sandbox': ['scope:spec'],
  'scope:generators': ['scope:spec', 'scope:runtime'],
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
          // The arrows of docs/architecture.md; every project carries one scope:* tag (and a type:* tag).
          // A scope missing here may depend on nothing; nothing may depend on scope:api.
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
