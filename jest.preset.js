const { join } = require('node:path');
const nxPreset = require('@nx/jest/preset').default;

// Every project also reports its totals for the single closing line of `npm test` (tools/test-summary.mjs).
module.exports = { ...nxPreset, reporters: ['default', join(__dirname, 'tools/jest/summary-reporter.cjs')] };
