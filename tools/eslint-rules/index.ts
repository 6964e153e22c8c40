/**
 * Patchbay's own ESLint rules. @nx/eslint-plugin loads this folder by convention (tools/eslint-rules/index.ts) and
 * exposes each rule as `@nx/workspace-<name>`; apps/api/eslint.config.mjs turns `route-access` on.
 */
import { routeAccess, ROUTE_ACCESS } from './rules/route-access';

module.exports = {
  rules: {
    [ROUTE_ACCESS]: routeAccess,
  },
};
