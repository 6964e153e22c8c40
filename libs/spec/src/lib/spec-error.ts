import type { SpecIssue } from './model';

/**
 * Formats one issue as `specs/slack/openapi.yaml: paths./x.post.security[0].oauth: message`.
 * The path part is dropped when the issue concerns the whole file (syntax errors, missing files).
 */
export function formatSpecError(issue: SpecIssue): string {
  return issue.path ? `${issue.file}: ${issue.path}: ${issue.message}` : `${issue.file}: ${issue.message}`;
}

/** Thrown by `loadCatalog()` / `loadProvider()` once ALL files were checked: carries every error, not just the first. */
export class SpecValidationError extends Error {
  readonly errors: SpecIssue[];
  readonly warnings: SpecIssue[];

  constructor(errors: SpecIssue[], warnings: SpecIssue[] = []) {
    const head = `${errors.length} spec error${errors.length === 1 ? '' : 's'}`;
    super([head + ':', ...errors.map((e) => '  ' + formatSpecError(e))].join('\n'));
    this.name = 'SpecValidationError';
    this.errors = errors;
    this.warnings = warnings;
  }
}

/** Collects errors and warnings while loading; everything is reported at the end. */
export class IssueCollector {
  readonly errors: SpecIssue[] = [];
  readonly warnings: SpecIssue[] = [];

  error(file: string, path: string, message: string): void {
    this.errors.push({ file, path, message });
  }

  warn(file: string, path: string, message: string): void {
    this.warnings.push({ file, path, message });
  }
}

/** Builds the dotted JSON path used in messages: `paths./chat.postMessage.post.security[0].oauth`. */
export function formatJsonPath(tokens: ReadonlyArray<string | number>): string {
  let out = '';
  for (const t of tokens) {
    if (typeof t === 'number') out += `[${t}]`;
    else out += out === '' ? t : `.${t}`;
  }
  return out;
}
