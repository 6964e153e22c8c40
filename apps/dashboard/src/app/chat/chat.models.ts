/** Shapes of the chat endpoint (DESIGN.md §5, `POST/GET /api/apps/:app/chat`). */
import { Permission } from '../core/integrations.models';

export type ConnectorStatus = 'connected' | 'not_connected' | 'missing_scopes' | 'needs_reconnect';

export interface PlanConnector {
  id: string;
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
  permissions: Permission[];
  /** Absent for viewers: they see the plan but cannot connect. */
  connectUrl?: string;
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
  question?: ChatQuestion | null;
  function?: ChatFunctionRef | null;
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
