/**
 * Shapes of the functions endpoints (DESIGN.md §5, `/api/apps/:app/functions`), derived from the API's OpenAPI
 * document (core/api-types.generated.ts, `npm run generate:api-types`). Hand-written parts say why.
 */
import { PlanTrigger } from '../chat/chat.models';
import type { components } from '../core/api-types.generated';

type FunctionView = components['schemas']['FunctionView'];
type RunView = components['schemas']['RunView'];

export type RunStatus = RunView['status'];

/** What started a run: Run now or the invoke endpoint, an event the app posted, or a schedule tick. Hand-written: RunView.trigger is an untyped object. */
export type RunTriggerKind = 'invoke' | 'event' | 'schedule';

/** The run history's filters; an empty string means any. */
export interface RunFilters {
  status: RunStatus | '';
  trigger: RunTriggerKind | '';
}

export type RunSummary = Pick<RunView, 'id' | 'status'> & Partial<Pick<RunView, 'startedAt' | 'finishedAt' | 'createdAt' | 'durationMs'>>;

/** triggerText is absent from older servers (the page then says it itself). */
export interface FunctionSummary
  extends
    Pick<FunctionView, 'id' | 'name'>,
    Partial<Pick<FunctionView, 'triggerText' | 'nextRunAt' | 'enabled' | 'version' | 'createdAt' | 'updatedAt'>> {
  /** Hand-written: FunctionView.trigger is an untyped object. */
  trigger?: PlanTrigger | null;
  /** RunSummary, not the API's LastRunView: the list page also reads startedAt, which lastRun does not carry. */
  lastRun?: RunSummary | null;
}

export interface FunctionDetail extends FunctionSummary {
  code: NonNullable<FunctionView['code']>;
}

type FunctionVersionView = components['schemas']['FunctionVersionView'];

/** Who or what made it (`source`), when the API says. */
export type FunctionVersion = Pick<FunctionVersionView, 'number' | 'createdAt' | 'diff'> & Partial<Pick<FunctionVersionView, 'source'>>;

/** One log line as the runs endpoint gives it: a string or `{level, message, at}`. Hand-written: RunView.logs items are untyped objects. */
export type RunLog = string | { level?: string; message?: unknown; at?: string; time?: string; args?: unknown[] };

/** Hand-written: RunView.calls items are untyped objects. */
export interface OperationCall {
  provider: string;
  operationId: string;
  status?: number | string;
  ok?: boolean;
  durationMs?: number;
}

export interface FunctionRun extends RunSummary {
  /** Set instead of `id` by an invoke that answered before the run ended. */
  runId?: components['schemas']['RunStartedView']['runId'];
  /** `{kind, actor, actorId}` from the API. Hand-written (as are result and error): RunView has them untyped. */
  trigger?: { kind?: string; actor?: string; actorId?: string | null } | string | null;
  logs?: RunLog[];
  result?: unknown;
  error?: unknown;
  calls?: OperationCall[];
}

/** One problem of a 400 `type_error` answer. Hand-written: the document describes no error bodies. */
export interface TypeProblem {
  line: number;
  column: number;
  message: string;
}
