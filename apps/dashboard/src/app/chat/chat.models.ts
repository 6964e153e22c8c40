/** Shapes of the chat endpoint (DESIGN.md §5, `POST/GET /api/apps/:app/chat`). */
import { Permission } from '../core/integrations.models';

export type ConnectorStatus = 'connected' | 'not_connected' | 'missing_scopes' | 'needs_reconnect';

export interface PlanConnector {
  id: string;
  /** The tool's name as the catalog spells it. */
  name?: string;
  requiredScopes: string[];
  grantedScopes: string[];
  missingScopes: string[];
  status: ConnectorStatus;
}

export type PlanParamValue = string | number | boolean;

export interface PlanOperation {
  provider: string;
  operationId: string;
  params: Record<string, PlanParamValue>;
  why?: string;
}

export interface PlanTrigger {
  type: 'event' | 'schedule' | 'http';
  event?: string;
  cron?: string;
  timezone?: string;
  description?: string;
}

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
  mode?: 'connect' | 'add_scopes' | 'reconnect';
  permissions: Permission[];
  /**
   * Consent URL for the popup. Null for viewers, when the tool is not set up (see `connectError`), and in the
   * stored thread (consent URLs are short-lived): the page then asks for a fresh one on Connect.
   */
  connectUrl?: string | null;
  connectError?: { code: string; message: string };
}

export interface ChatQuestion {
  text: string;
  options: Array<{ id: string; label: string }>;
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
  options?: Array<{ id: string; label: string }>;
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
