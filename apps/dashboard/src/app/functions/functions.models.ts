/** Shapes of the functions endpoints (DESIGN.md §5, `/api/apps/:app/functions`). */
import { PlanTrigger } from '../chat/chat.models';

export type RunStatus = 'queued' | 'running' | 'succeeded' | 'failed';

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
  trigger?: unknown;
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
