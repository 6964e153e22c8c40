/** Shapes of the functions endpoints (DESIGN.md §5, `/api/apps/:app/functions`). */
import { PlanTrigger } from '../chat/chat.models';

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

/** What started a run: Run now or the invoke endpoint, an event the app posted, or a schedule tick. */
export type RunTriggerKind = 'invoke' | 'event' | 'schedule';

/** The run history's filters; an empty string means any. */
export interface RunFilters {
  status: RunStatus | '';
  trigger: RunTriggerKind | '';
}

export interface RunSummary {
  id: string;
  status: RunStatus;
  startedAt?: string | null;
  finishedAt?: string | null;
  createdAt?: string | null;
  durationMs?: number | null;
}

export interface FunctionSummary {
  id: string;
  name: string;
  trigger?: PlanTrigger | null;
  /** The trigger in words, computed by the server (absent from older servers: the page then says it itself). */
  triggerText?: string | null;
  /** The next planned tick of a schedule function (ISO); null when paused or not a schedule. */
  nextRunAt?: string | null;
  /** False while paused: events and schedule ticks do not start it. */
  enabled?: boolean;
  version?: number;
  createdAt?: string;
  updatedAt?: string;
  lastRun?: RunSummary | null;
}

export interface FunctionDetail extends FunctionSummary {
  code: string;
}

export interface FunctionVersion {
  number: number;
  createdAt: string;
  diff: string;
  /** Who or what made it, when the API says (`chat`, `edit`, `restore`, `generated`…). */
  source?: string;
}

/** One log line as the runs endpoint gives it: a string or `{level, message, at}`. */
export type RunLog = string | { level?: string; message?: unknown; at?: string; time?: string; args?: unknown[] };

export interface OperationCall {
  provider: string;
  operationId: string;
  status?: number | string;
  ok?: boolean;
  durationMs?: number;
}

export interface FunctionRun extends RunSummary {
  /** Set instead of `id` by an invoke that answered before the run ended. */
  runId?: string;
  /** `{kind, actor, actorId}` from the API. */
  trigger?: { kind?: string; actor?: string; actorId?: string | null } | string | null;
  logs?: RunLog[];
  result?: unknown;
  error?: unknown;
  calls?: OperationCall[];
}

export interface TypeProblem {
  line: number;
  column: number;
  message: string;
}
