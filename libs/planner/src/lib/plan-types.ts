/**
 * The planner's contract: what a request in plain words becomes. Shared by the chat (API), the function
 * toolchain (code generation and syntax-tree edits) and the dashboard. Types only: no provider or operation
 * words live here or anywhere else in code — the catalog decides.
 */

/** A value the planner could pull out of the request for one operation input (a channel, a calendar, a time…). */
export type PlanParamValue = string | number | boolean;

/** One provider operation the plan runs, with the inputs it could extract and the words that chose it. */
export interface PlannedOperation {
  provider: string;
  operationId: string;
  /**
   * Operation inputs the planner could extract, by the operation's input name as the generated connector
   * client names it (query/path parameters by name; body fields as `body.<field>`, e.g. `body.channel`).
   */
  params: Record<string, PlanParamValue>;
  /** Short reason: the words of the request that chose this operation. */
  why: string;
  /** True when the operation only reads (GET-like); false when it changes data at the provider. */
  readOnly: boolean;
  /** Least-privilege scopes this operation needs (one alternative set, as the spec lists them). */
  requiredScopes: string[];
  /**
   * The input that carries the words a write sends (`body.text` of a chat message) when the request gave none: the
   * generated function fills it at run time with what the flow has then (the previous step's result, else the
   * event's data), so a message is never sent empty.
   */
  messageInput?: string;
}

/** What starts the flow. */
export interface PlannedTrigger {
  type: 'event' | 'schedule' | 'http';
  /** Dotted event name derived from the request (`ticket.created`), for `event`. */
  event?: string;
  /** Five-field cron expression, for `schedule`. */
  cron?: string;
  /** IANA time zone of the cron expression, for `schedule`. */
  timezone?: string;
  /** The trigger in words ("When the app sends ticket.created", "Every day at 18:00 (Europe/Paris)"). */
  description: string;
}

/** A choice offered back to the person when the request is ambiguous ("Salesforce or HubSpot?"). */
export interface PlanQuestion {
  /** The question in words. */
  text: string;
  /** Provider ids (or other values) the person can pick from. */
  options: Array<{ id: string; label: string }>;
}

/** The planner's answer to one message. */
export interface PlanResult {
  /**
   * `plan`: tools, operations and trigger chosen; `question`: ambiguous, see `question` (operations may be empty);
   * `unknown_tool`: the request names a tool the catalog does not have; `unclear`: nothing matched.
   */
  kind: 'plan' | 'question' | 'unknown_tool' | 'unclear';
  /** A sentence a person reads. */
  reply: string;
  /** Provider ids used by `operations`, in order of first use. */
  providers: string[];
  operations: PlannedOperation[];
  trigger: PlannedTrigger;
  question?: PlanQuestion;
  /** A short name for a function doing this (`post-to-support-on-ticket-created`). */
  functionName: string;
}

/** What the planner is told about the app's connections (it prefers a connected tool when the request is ambiguous). */
export interface PlannerConnectionState {
  provider: string;
  status: 'active' | 'needs_reconnect';
  grantedScopes: string[];
}

/** A function as the planner sees it when a follow-up edits it (read from its syntax tree by the toolchain). */
export interface FunctionOutline {
  name: string;
  trigger: PlannedTrigger;
  steps: Array<{ provider: string; operationId: string; params: Record<string, PlanParamValue> }>;
}

/** One edit of a function's syntax tree, as the planner understood a follow-up request. */
export type FunctionEdit =
  /** Change an extracted literal of a step (channel, calendar, message text, record type…). */
  | { kind: 'set_param'; step: number; param: string; value: PlanParamValue }
  /** Replace the trigger. */
  | { kind: 'set_trigger'; trigger: PlannedTrigger }
  /** Append a step with another (or the same) tool. */
  | { kind: 'add_step'; operation: PlannedOperation }
  /** Remove a step (index into `FunctionOutline.steps`). */
  | { kind: 'remove_step'; step: number };

/** The planner's answer to a follow-up aimed at a function. */
export interface EditPlanResult {
  kind: 'edit' | 'question';
  reply: string;
  edits: FunctionEdit[];
  question?: PlanQuestion;
}
