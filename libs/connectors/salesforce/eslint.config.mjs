/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import baseConfig from '../../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // openapi-typescript output is checked by tsc, not by lint rules written for hand-written code.
    ignores: ['src/generated/types.ts'],
  },
];
