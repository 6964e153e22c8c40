import { HttpErrorResponse } from '@angular/common/http';
import { Text } from '@codemirror/state';
import {
  diffLines,
  listOf,
  logLine,
  parseRunInput,
  problemRange,
  runConsentUrl,
  runErrorWords,
  runStatusWords,
  sortRuns,
  typeProblemsOf,
} from './functions-helpers';

describe('functions helpers', () => {
  it('reads lists bare or wrapped', () => {
    expect(listOf([1, 2], 'runs')).toEqual([1, 2]);
    expect(listOf({ runs: [3] }, 'runs')).toEqual([3]);
    expect(listOf({ items: [4] }, 'runs')).toEqual([4]);
    expect(listOf(null, 'runs')).toEqual([]);
  });

  it('takes the compiler problems out of a type_error answer only', () => {
    const refused = new HttpErrorResponse({
      status: 400,
      error: {
        error: { code: 'type_error', message: 'x', problems: [{ line: 4, column: 7, message: "Type 'string' is not assignable to type 'number'." }] },
      },
    });
    expect(typeProblemsOf(refused)).toEqual([{ line: 4, column: 7, message: "Type 'string' is not assignable to type 'number'." }]);
    expect(typeProblemsOf(new HttpErrorResponse({ status: 400, error: { error: { code: 'validation_failed', message: 'x' } } }))).toBeNull();
    expect(typeProblemsOf(new Error('x'))).toBeNull();
  });

  it('places a problem at its line and column in the document, clamped', () => {
    const doc = Text.of(['const a = 1;', 'const b: number = "x";', '']);
    const second = doc.line(2);
    expect(problemRange(doc, { line: 2, column: 7 })).toEqual({ from: second.from + 6, to: second.to });
    // Beyond the end: the last line; column beyond the line: its end.
    expect(problemRange(doc, { line: 99, column: 1 })).toEqual({ from: doc.line(3).from, to: doc.line(3).to });
    expect(problemRange(doc, { line: 1, column: 500 })).toEqual({ from: doc.line(1).to, to: doc.line(1).to });
    expect(problemRange(doc, { line: 0, column: 0 })).toEqual({ from: 0, to: doc.line(1).to });
  });

  it('says statuses, logs and errors in words', () => {
    expect(runStatusWords('succeeded')).toBe('Succeeded');
    expect(runStatusWords('failed')).toBe('Failed');
    expect(logLine('plain')).toBe('plain');
    expect(logLine({ level: 'info', message: 'posted' })).toBe('posted');
    expect(logLine({ level: 'warn', args: ['count', { n: 2 }] })).toBe('[warn] count {"n":2}');
    expect(runErrorWords({ error: { code: 'insufficient_scope', message: 'needs chat:write' } })).toBe('insufficient_scope: needs chat:write');
    expect(runErrorWords({ error: 'timeout' })).toBe('timeout');
    expect(runErrorWords({ error: null })).toBeNull();
  });

  it('offers the consent URL of an insufficient_scope failure, and nothing else', () => {
    expect(runConsentUrl({ error: { code: 'insufficient_scope', message: 'x', consentUrl: 'http://127.0.0.1:1/consent?a=1' } })).toBe(
      'http://127.0.0.1:1/consent?a=1',
    );
    expect(runConsentUrl({ error: { code: 'x', message: 'y', consentUrl: 'javascript:alert(1)' } })).toBeNull();
    expect(runConsentUrl({ error: 'timeout' })).toBeNull();
  });

  it('parses the Run now input as JSON, empty meaning {}', () => {
    expect(parseRunInput('  ')).toEqual({ ok: true, value: {} });
    expect(parseRunInput('{"ticket":{"id":1}}')).toEqual({ ok: true, value: { ticket: { id: 1 } } });
    const bad = parseRunInput('{ticket');
    expect(bad.ok).toBe(false);
  });

  it('classifies diff lines and sorts runs newest first', () => {
    expect(diffLines('--- a\n+++ b\n@@ -1 +1 @@\n-old\n+new\n same\n').map((d) => d.kind)).toEqual(['hunk', 'hunk', 'hunk', 'del', 'add', 'ctx']);
    const runs = sortRuns([
      { id: 'a', status: 'succeeded', startedAt: '2026-01-01T00:00:00Z' },
      { id: 'b', status: 'failed', startedAt: '2026-01-02T00:00:00Z' },
    ]);
    expect(runs.map((r) => r.id)).toEqual(['b', 'a']);
  });
});
