/**
 * What function code sees. A function is `export default defineFunction({ name, trigger, run })`; `run` receives a
 * context whose connectors are typed from the generated connector clients (see ../generated/connectors.ts), so a wrong
 * input field or a wrong value type is a compile error. Nothing here carries a token, secret or host object: every
 * call crosses back to the host, which owns credentials, scopes, retries and audit.
 */
import type { FunctionConnectors } from '../generated/connectors';

/** Started by an event the app posts (`ticket.created`). */
export interface EventTrigger {
  type: 'event';
  /** Dotted event name. */
  event: string;
  /** The trigger in words. */
  description?: string;
}

/** Started on a five-field cron schedule. */
export interface ScheduleTrigger {
  type: 'schedule';
  cron: string;
  /** IANA time zone of the cron expression (UTC when absent). */
  timezone?: string;
  description?: string;
}

/** Started only by an explicit invoke (Run now, or `POST …/functions/:id/invoke`). */
export interface HttpTrigger {
  type: 'http';
  description?: string;
}

export type FunctionTrigger = EventTrigger | ScheduleTrigger | HttpTrigger;

/** JSON-like values that cross the isolate boundary. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** The event of an `event` trigger. An invoke of an event function builds one from its input (`data` = input). */
export interface FunctionEvent {
  /** The event name (the trigger's `event`). */
  readonly name: string;
  /** The event's payload as posted by the app. */
  readonly data: Readonly<Record<string, unknown>>;
  /** Id of the delivery (unique per run). */
  readonly id: string;
  /** ISO-8601 time the event was received. */
  readonly occurredAt: string;
}

/** The tick of a `schedule` trigger. */
export interface ScheduleTick {
  /** ISO-8601 time the run was scheduled for. */
  readonly scheduledAt: string;
  readonly cron: string;
  readonly timezone: string;
}

/** An explicit invoke of an `http` function. */
export interface InvokeRequest {
  /** ISO-8601 time the invoke was received. */
  readonly receivedAt: string;
}

/** `ctx.event` by trigger kind. */
export type TriggerEvent<T extends FunctionTrigger> = T extends EventTrigger
  ? FunctionEvent
  : T extends ScheduleTrigger
    ? ScheduleTick
    : InvokeRequest;

/** A request to a custom integration of the app (its base URL and credentials stay on the host). */
export interface IntegrationRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Path below the integration's base URL, starting with `/`. */
  path: string;
  query?: Record<string, string | number | boolean>;
  body?: JsonValue;
}

export interface IntegrationResponse {
  status: number;
  body: unknown;
}

/** A custom integration: requests go through the host, which adds the base URL and the integration's credentials. */
export interface IntegrationClient {
  request(request: IntegrationRequest): Promise<IntegrationResponse>;
}

/** What `run` receives. */
export interface FunctionContext<T extends FunctionTrigger = FunctionTrigger> {
  /** Generated connector clients: `ctx.connectors.<provider>.<operation>(input)`. */
  readonly connectors: FunctionConnectors;
  /** Custom integrations of the app, by name. */
  readonly integrations: Readonly<Record<string, IntegrationClient>>;
  /** What started the run (typed by the trigger kind). */
  readonly event: TriggerEvent<T>;
  /** The run's input: the invoke input, or the event's data for an event trigger. */
  readonly input: Readonly<Record<string, unknown>>;
  /** Appends a line to the run's logs (values are JSON-serialised; the host caps the total size). */
  log(...values: unknown[]): void;
  /** Id of this run. */
  readonly runId: string;
}

/** A function: its name, what starts it and what it does. */
export interface FunctionDefinition<T extends FunctionTrigger = FunctionTrigger> {
  name: string;
  trigger: T;
  run: (ctx: FunctionContext<T>) => Promise<unknown>;
}
