/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import baseConfig from '../../../eslint.config.mjs';

export default [...baseConfig];
