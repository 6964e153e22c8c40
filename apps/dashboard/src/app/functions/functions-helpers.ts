import { HttpErrorResponse } from '@angular/common/http';
import { FunctionRun, RunLog, RunStatus, TypeProblem } from './functions.models';

/** A list endpoint's items whether it answers a bare array or `{<key>: [...]}` / `{items: [...]}`. */
export function listOf<T>(body: unknown, key: string): T[] {
  if (Array.isArray(body)) return body as T[];
  if (typeof body === 'object' && body !== null) {
    const o = body as Record<string, unknown>;
    const list = o[key] ?? o['items'] ?? o['data'];
    if (Array.isArray(list)) return list as T[];
  }
  return [];
}

/** The compiler's problems of a refused save (`400 {error:{code:"type_error", problems}}`), or null for any other failure. */
export function typeProblemsOf(err: unknown): TypeProblem[] | null {
  if (!(err instanceof HttpErrorResponse) || typeof err.error !== 'object' || err.error === null) return null;
  const e = (err.error as { error?: { code?: unknown; problems?: unknown; details?: unknown } }).error;
  if (!e || e.code !== 'type_error') return null;
  const list = Array.isArray(e.problems) ? e.problems : Array.isArray(e.details) ? e.details : [];
  return list
    .filter((p): p is Record<string, unknown> => typeof p === 'object' && p !== null)
    .map((p) => ({
      line: Number(p['line']) || 1,
      column: Number(p['column']) || 1,
      message: typeof p['message'] === 'string' ? p['message'] : String(p['message'] ?? 'Type error'),
    }));
}

/** Minimal view of a CodeMirror document: enough to place a problem (keeps this file free of the editor). */
export interface LineSource {
  lines: number;
  line(n: number): { from: number; to: number };
}

/**
 * A problem's 1-based line and column as a range in the document: from the column to the end of the line
 * (at least one character), clamped to the document.
 */
export function problemRange(doc: LineSource, problem: Pick<TypeProblem, 'line' | 'column'>): { from: number; to: number } {
  const n = Math.min(Math.max(1, Math.floor(problem.line)), doc.lines);
  const line = doc.line(n);
  const from = Math.min(line.from + Math.max(0, Math.floor(problem.column) - 1), line.to);
  const to = line.to > from ? line.to : Math.min(from + 1, line.to);
  return { from, to: Math.max(to, from) };
}

export function runStatusWords(status: RunStatus | string | undefined): string {
  switch (status) {
    case 'queued':
      return 'Queued';
    case 'running':
      return 'Running';
    case 'succeeded':
      return 'Succeeded';
    case 'failed':
      return 'Failed';
    default:
      return status ? String(status) : 'Unknown';
  }
}

/** One log entry as a line of text. */
export function logLine(log: RunLog): string {
  if (typeof log === 'string') return log;
  const parts: unknown[] = log.args ?? [log.message];
  const text = parts.map((p) => (typeof p === 'string' ? p : JSON.stringify(p))).join(' ');
  return log.level && log.level !== 'info' && log.level !== 'log' ? `[${log.level}] ${text}` : text;
}

/** A run's error in words, whatever shape the API gave it. */
export function runErrorWords(run: Pick<FunctionRun, 'error'>): string | null {
  const e = run.error;
  if (e === undefined || e === null || e === '') return null;
  if (typeof e === 'string') return e;
  if (typeof e === 'object') {
    const o = e as Record<string, unknown>;
    const message = typeof o['message'] === 'string' ? o['message'] : '';
    const code = typeof o['code'] === 'string' ? o['code'] : '';
    return [code, message].filter(Boolean).join(': ') || JSON.stringify(e);
  }
  return String(e);
}

/** Parses the Run now input; an empty box means `{}`. */
export function parseRunInput(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  if (!text.trim()) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (err) {
    return { ok: false, message: `The input is not valid JSON: ${(err as Error).message}` };
  }
}

/** A unified diff split into lines with their kind, for colouring. */
export function diffLines(diff: string): Array<{ kind: 'add' | 'del' | 'hunk' | 'ctx'; text: string }> {
  return (diff ?? '')
    .split('\n')
    .filter((l, i, all) => !(i === all.length - 1 && l === ''))
    .map((text) => ({
      kind:
        text.startsWith('+++') || text.startsWith('---') || text.startsWith('@@') || text.startsWith('Index:') || text.startsWith('====')
          ? ('hunk' as const)
          : text.startsWith('+')
            ? ('add' as const)
            : text.startsWith('-')
              ? ('del' as const)
              : ('ctx' as const),
      text,
    }));
}

/** Newest first, by start (or creation) time. */
export function sortRuns<T extends FunctionRun>(runs: readonly T[]): T[] {
  const t = (r: FunctionRun): number => Date.parse(r.startedAt ?? r.createdAt ?? '') || 0;
  return [...runs].sort((a, b) => t(b) - t(a));
}

/** The consent URL an `insufficient_scope` run failure carries (approve the missing permissions), or null. */
export function runConsentUrl(run: Pick<FunctionRun, 'error'>): string | null {
  const e = run.error;
  if (typeof e !== 'object' || e === null) return null;
  const url = (e as Record<string, unknown>)['consentUrl'];
  return typeof url === 'string' && /^https?:\/\//.test(url) ? url : null;
}
