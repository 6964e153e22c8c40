/** First lines of every generated source file; the drift check relies on nobody editing below it. */
export const GENERATED_BANNER_LINES = [
  'GENERATED FILE — DO NOT EDIT.',
  'Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.',
];

export function tsBanner(): string {
  return ['/**', ...GENERATED_BANNER_LINES.map((l) => ` * ${l}`), ' */'].join('\n');
}

export function markdownBanner(): string {
  return `<!-- ${GENERATED_BANNER_LINES.join(' ')} -->`;
}
