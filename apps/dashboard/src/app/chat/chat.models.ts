/**
 * Shapes of the chat endpoint (DESIGN.md §5, `POST/GET /api/apps/:app/chat`). Where the dashboard reads exactly what
 * the API's OpenAPI document describes, these alias api-types.generated.ts (edit the API's DTOs, never the aliases);
 * the rest is hand-written because a stored thread (`answer`, an untyped object in the document) also holds older
 * shapes the page still reads (see chat-helpers.ts normalizeMessage).
 */
import type { components } from '../core/api-types.generated';
import { Permission } from '../core/integrations.models';

type Schemas = components['schemas'];

export type ConnectorStatus = Schemas['ChatConnectorView']['status'];

/** `name` optional: stored threads from before the API sent it. */
export type PlanConnector = Omit<Schemas['ChatConnectorView'], 'name'> & { name?: string };

export type PlanParamValue = string | number | boolean;

export interface PlanOperation {
  provider: string;
  operationId: string;
  params: Record<string, PlanParamValue>;
  why?: string;
}

/** `description` optional: stored threads and functions' triggers may lack it. */
export type PlanTrigger = Omit<Schemas['ChatTriggerView'], 'description'> & { description?: string };

export interface ChatPlan {
  connectors: PlanConnector[];
  operations: PlanOperation[];
  trigger?: PlanTrigger | null;
}

export interface ActionRequired {
  provider: string;
  name?: string;
  status?: ConnectorStatus;
  /** The consent the card asks for: a first connection, only the missing permissions, or a reconnect. */
  mode?: Schemas['ChatActionView']['mode'];
  permissions: Permission[];
  /**
   * Consent URL for the popup. Null for viewers, when the tool is not set up (see `connectError`), and in the
   * stored thread (consent URLs are short-lived): the page then asks for a fresh one on Connect.
   */
  connectUrl?: string | null;
  connectError?: { code: string; message: string };
}

export type ChatOption = Schemas['ChatOptionView'];

export interface ChatQuestion {
  text: string;
  options: ChatOption[];
}

export interface ChatFunctionRef {
  id: string;
  name: string;
  code?: string;
}

/** The answer to `POST /api/apps/:app/chat`. */
export interface ChatAnswer {
  reply: string;
  plan?: ChatPlan | null;
  actionRequired?: ActionRequired[];
  /** The question in words when the request is ambiguous (older shape: `{text, options}`). */
  question?: string | ChatQuestion | null;
  options?: ChatOption[];
  function?: ChatFunctionRef | null;
  kind?: string;
  messageId?: string;
}

/** One entry of the thread as the dashboard shows it. */
export interface ChatMessage {
  id: string;
  role: 'user' | 'assistant';
  text: string;
  createdAt: string | null;
  plan: ChatPlan | null;
  actionRequired: ActionRequired[];
  question: ChatQuestion | null;
  function: ChatFunctionRef | null;
  functionId: string | null;
}
