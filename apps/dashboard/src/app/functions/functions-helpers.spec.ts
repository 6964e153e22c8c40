import { HttpErrorResponse } from '@angular/common/http';
import { Text } from '@codemirror/state';
import {
  diffLines,
  durationWords,
  filterRuns,
  functionTriggerWords,
  isPaused,
  listOf,
  nextRunOf,
  runFiltersFrom,
  runsQuery,
  runTriggerKind,
  runTriggerWords,
  scheduleWords,
  triggerSentence,
  untilWords,
  logLine,
  parseRunInput,
  problemRange,
  runConsentUrl,
  runErrorWords,
  runStatusWords,
  sortRuns,
  typeProblemsOf,
} from './functions-helpers';
import { FunctionRun } from './functions.models';

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

  it('says a schedule in words with its time zone', () => {
    expect(scheduleWords('0 18 * * *', 'Europe/Paris')).toBe('Every day at 18:00 (Europe/Paris)');
    expect(scheduleWords('5 9 * * 1')).toBe('Every Monday at 09:05 (UTC)');
    expect(scheduleWords('0 9 * * 0', 'America/New_York')).toBe('Every Sunday at 09:00 (America/New_York)');
    expect(scheduleWords('0 9 * * 7')).toBe('Every Sunday at 09:00 (UTC)');
    expect(scheduleWords('30 8 * * MON-FRI', ' ')).toBe('Every weekday at 08:30 (UTC)');
    // Other shapes through cronstrue, 24-hour clock.
    expect(scheduleWords('*/15 * * * *')).toBe('Every 15 minutes (UTC)');
    expect(scheduleWords('30 8 1 * *', 'Europe/Paris')).toBe('At 08:30, on day 1 of the month (Europe/Paris)');
    // Out of range or unreadable: the cron as it is, never an invented sentence.
    expect(scheduleWords('0 25 * * *')).toBe('On the schedule “0 25 * * *” (UTC)');
    expect(scheduleWords('whenever')).toBe('On the schedule “whenever” (UTC)');
    expect(scheduleWords(undefined)).toBe('On a schedule');
  });

  it("says a function's trigger: the server's words first, else its own", () => {
    expect(triggerSentence({ type: 'event', event: 'ticket.created', description: 'stale words' })).toBe('When the app sends ticket.created');
    expect(triggerSentence({ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' })).toBe('Every day at 18:00 (Europe/Paris)');
    expect(triggerSentence({ type: 'http' })).toBe('When the app calls it');
    expect(triggerSentence(null)).toBe('When the app calls it');
    const event = { type: 'event' as const, event: 'ticket.created' };
    expect(functionTriggerWords({ trigger: event, triggerText: 'When a ticket arrives' })).toBe('When a ticket arrives');
    expect(functionTriggerWords({ trigger: event, triggerText: '  ' })).toBe('When the app sends ticket.created');
    expect(functionTriggerWords({ trigger: event })).toBe('When the app sends ticket.created');
  });

  it('is paused only when the API says enabled: false, and has a next run only as an enabled schedule', () => {
    expect(isPaused({ enabled: false })).toBe(true);
    expect(isPaused({ enabled: true })).toBe(false);
    expect(isPaused({})).toBe(false);
    const schedule = { type: 'schedule' as const, cron: '0 18 * * *' };
    expect(nextRunOf({ trigger: schedule, enabled: true, nextRunAt: '2026-12-03T17:00:00.000Z' })?.toISOString()).toBe('2026-12-03T17:00:00.000Z');
    expect(nextRunOf({ trigger: schedule, enabled: false, nextRunAt: '2026-12-03T17:00:00.000Z' })).toBeNull();
    expect(nextRunOf({ trigger: schedule, enabled: true, nextRunAt: null })).toBeNull();
    expect(nextRunOf({ trigger: schedule, enabled: true, nextRunAt: 'not a date' })).toBeNull();
    expect(nextRunOf({ trigger: { type: 'event', event: 'x' }, enabled: true, nextRunAt: '2026-12-03T17:00:00.000Z' })).toBeNull();
  });

  it('says how far ahead the next run is', () => {
    const now = new Date('2026-12-03T12:00:00Z');
    const after = (ms: number): Date => new Date(now.getTime() + ms);
    expect(untilWords(after(20_000), now)).toBe('any moment now');
    expect(untilWords(after(-5_000), now)).toBe('any moment now');
    expect(untilWords(after(60_000), now)).toBe('in 1 minute');
    expect(untilWords(after(25 * 60_000), now)).toBe('in 25 minutes');
    expect(untilWords(after(6 * 3_600_000), now)).toBe('in 6 hours');
    expect(untilWords(after(3 * 86_400_000), now)).toBe('in 3 days');
  });

  it("reads a run's trigger and duration in words", () => {
    expect(runTriggerKind({ trigger: { kind: 'event', actor: 'system', actorId: null } })).toBe('event');
    expect(runTriggerKind({ trigger: 'schedule' })).toBe('schedule');
    expect(runTriggerKind({ trigger: { kind: 'webhook' } })).toBeNull();
    expect(runTriggerKind({})).toBeNull();
    expect(runTriggerWords('invoke')).toBe('Invoked');
    expect(runTriggerWords('event')).toBe('Event');
    expect(runTriggerWords('schedule')).toBe('Schedule');
    expect(runTriggerWords(null)).toBe('Unknown trigger');
    expect(durationWords(42)).toBe('42 ms');
    expect(durationWords(1540)).toBe('1.5 s');
    expect(durationWords(125_000)).toBe('2 min 5 s');
    expect(durationWords(120_000)).toBe('2 min');
    expect(durationWords(null)).toBeNull();
    expect(durationWords(undefined)).toBeNull();
  });

  it('turns the run filters into the query and into a filtered list', () => {
    expect(runsQuery({ status: '', trigger: '' })).toEqual({});
    expect(runsQuery({ status: 'succeeded', trigger: 'event' }, 20)).toEqual({ status: 'succeeded', trigger: 'event', limit: '20' });
    expect(runFiltersFrom('failed', 'nope')).toEqual({ status: 'failed', trigger: '' });
    expect(runFiltersFrom('', 'schedule')).toEqual({ status: '', trigger: 'schedule' });
    const runs: FunctionRun[] = [
      { id: 'a', status: 'succeeded', trigger: { kind: 'event' } },
      { id: 'b', status: 'failed', trigger: { kind: 'event' } },
      { id: 'c', status: 'succeeded', trigger: { kind: 'invoke' } },
      { id: 'd', status: 'queued', trigger: { kind: 'schedule' } },
    ];
    const ids = (list: FunctionRun[]): string[] => list.map((r) => r.id);
    expect(ids(filterRuns(runs, { status: '', trigger: '' }))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(filterRuns(runs, { status: 'succeeded', trigger: 'event' }))).toEqual(['a']);
    expect(ids(filterRuns(runs, { status: 'succeeded', trigger: '' }))).toEqual(['a', 'c']);
    expect(ids(filterRuns(runs, { status: '', trigger: 'schedule' }))).toEqual(['d']);
    expect(ids(filterRuns(runs, { status: 'running', trigger: '' }))).toEqual([]);
  });
});
