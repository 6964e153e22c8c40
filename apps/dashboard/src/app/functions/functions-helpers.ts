import { HttpErrorResponse } from '@angular/common/http';
import { toString as cronInWords } from 'cronstrue';
import { PlanTrigger } from '../chat/chat.models';
import { FunctionRun, FunctionSummary, RunFilters, RunLog, RunStatus, RunTriggerKind, TypeProblem } from './functions.models';

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

// ---- triggers and run history ------------------------------------------------------------------------------------

export const RUN_STATUSES: readonly RunStatus[] = ['queued', 'running', 'succeeded', 'failed'];
export const RUN_TRIGGER_KINDS: readonly RunTriggerKind[] = ['invoke', 'event', 'schedule'];

const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const DAY_ABBREVIATIONS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function dayIndex(field: string): number | null {
  const upper = field.toUpperCase();
  const named = DAY_ABBREVIATIONS.indexOf(upper);
  if (named >= 0) return named;
  if (!/^[0-7]$/.test(field)) return null;
  return Number(field) % 7;
}

/**
 * A five-field cron schedule in words with its time zone: "Every day at 18:00 (Europe/Paris)", "Every Monday at
 * 09:00 (UTC)", "Every weekday at 08:30 (UTC)"; other shapes through cronstrue ("Every 15 minutes (UTC)"). A cron
 * that cannot be read is quoted as it is.
 */
export function scheduleWords(cron: string | undefined, timezone?: string | null): string {
  const zone = ` (${timezone?.trim() || 'UTC'})`;
  const expr = (cron ?? '').trim();
  if (!expr) return 'On a schedule';
  const fields = expr.split(/\s+/);
  if (fields.length === 5) {
    const [minute, hour, dom, month, dow] = fields;
    if (/^\d{1,2}$/.test(minute) && /^\d{1,2}$/.test(hour) && Number(minute) < 60 && Number(hour) < 24 && dom === '*' && month === '*') {
      const at = `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;
      if (dow === '*' || dow === '?') return `Every day at ${at}${zone}`;
      if (dow === '1-5' || dow.toUpperCase() === 'MON-FRI') return `Every weekday at ${at}${zone}`;
      const day = dayIndex(dow);
      if (day !== null) return `Every ${DAY_NAMES[day]} at ${at}${zone}`;
    }
  }
  try {
    return `${cronInWords(expr, { use24HourTimeFormat: true, throwExceptionOnParseError: true })}${zone}`;
  } catch {
    return `On the schedule “${expr}”${zone}`;
  }
}

/** A trigger in words, said by the page itself (when the server did not send `triggerText`). */
export function triggerSentence(trigger: PlanTrigger | null | undefined): string {
  switch (trigger?.type) {
    case 'event':
      return trigger.event ? `When the app sends ${trigger.event}` : 'When the app sends an event';
    case 'schedule':
      return scheduleWords(trigger.cron, trigger.timezone);
    default:
      return 'When the app calls it';
  }
}

/** A function's trigger in words: the server's `triggerText` when given, else the page's own words. */
export function functionTriggerWords(fn: Pick<FunctionSummary, 'trigger' | 'triggerText'>): string {
  return fn.triggerText?.trim() || triggerSentence(fn.trigger);
}

/** Paused: the API says `enabled: false` (an absent flag is an older server, where every function runs). */
export function isPaused(fn: Pick<FunctionSummary, 'enabled'>): boolean {
  return fn.enabled === false;
}

/** When a schedule function runs next: null when paused, not a schedule, or the server did not say. */
export function nextRunOf(fn: Pick<FunctionSummary, 'enabled' | 'nextRunAt' | 'trigger'>): Date | null {
  if (isPaused(fn) || fn.trigger?.type !== 'schedule' || !fn.nextRunAt) return null;
  const t = Date.parse(fn.nextRunAt);
  return Number.isNaN(t) ? null : new Date(t);
}

/** How far ahead a time is, in words: "in 5 minutes", "in 3 hours", "in 2 days"; "any moment now" once due. */
export function untilWords(at: Date, now: Date = new Date()): string {
  const seconds = Math.round((at.getTime() - now.getTime()) / 1000);
  if (seconds < 60) return 'any moment now';
  const unit = (n: number, word: string): string => `in ${n} ${word}${n === 1 ? '' : 's'}`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return unit(minutes, 'minute');
  const hours = Math.round(minutes / 60);
  if (hours < 48) return unit(hours, 'hour');
  return unit(Math.round(hours / 24), 'day');
}

/** What started a run, whatever shape the API gave (`{kind}` or a bare string); null when unknown. */
export function runTriggerKind(run: Pick<FunctionRun, 'trigger'>): RunTriggerKind | null {
  const t = run.trigger;
  const kind = typeof t === 'string' ? t : typeof t === 'object' && t !== null ? t.kind : undefined;
  return RUN_TRIGGER_KINDS.includes(kind as RunTriggerKind) ? (kind as RunTriggerKind) : null;
}

export function runTriggerWords(kind: RunTriggerKind | null): string {
  switch (kind) {
    case 'invoke':
      return 'Invoked';
    case 'event':
      return 'Event';
    case 'schedule':
      return 'Schedule';
    default:
      return 'Unknown trigger';
  }
}

/** A run's duration in words: "120 ms", "1.5 s", "2 min 5 s"; null when it has none (not finished). */
export function durationWords(ms: number | null | undefined): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms) || ms < 0) return null;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(Math.round(ms / 100) / 10).toString()} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds ? `${minutes} min ${seconds} s` : `${minutes} min`;
}

/** The runs endpoint's query for the filters (`status`, `trigger`, `limit`); empty filters are left out. */
export function runsQuery(filters: RunFilters, limit?: number): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status) query['status'] = filters.status;
  if (filters.trigger) query['trigger'] = filters.trigger;
  if (limit) query['limit'] = String(limit);
  return query;
}

/**
 * The runs that pass the filters. The server filters too; this keeps the list right when it did not (an older
 * server ignores the query) and after Run now adds a run the filters exclude.
 */
export function filterRuns<T extends FunctionRun>(runs: readonly T[], filters: RunFilters): T[] {
  return runs.filter((r) => (!filters.status || r.status === filters.status) && (!filters.trigger || runTriggerKind(r) === filters.trigger));
}

/** Reads a filter select's value back into the filters' type; anything else means any. */
export function runFiltersFrom(status: string, trigger: string): RunFilters {
  return {
    status: RUN_STATUSES.includes(status as RunStatus) ? (status as RunStatus) : '',
    trigger: RUN_TRIGGER_KINDS.includes(trigger as RunTriggerKind) ? (trigger as RunTriggerKind) : '',
  };
}
