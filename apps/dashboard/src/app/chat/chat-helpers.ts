import { Connection } from '../core/integrations.models';
import {
  ActionRequired,
  ChatAnswer,
  ChatFunctionRef,
  ChatMessage,
  ChatPlan,
  ChatQuestion,
  ConnectorStatus,
  PlanConnector,
  PlanTrigger,
} from './chat.models';

type Loose = Record<string, unknown>;

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function asPlan(value: unknown): ChatPlan | null {
  if (!isObject(value)) return null;
  return {
    connectors: Array.isArray(value['connectors']) ? (value['connectors'] as PlanConnector[]) : [],
    operations: Array.isArray(value['operations']) ? (value['operations'] as ChatPlan['operations']) : [],
    trigger: isObject(value['trigger']) ? (value['trigger'] as unknown as PlanTrigger) : null,
  };
}

function asFunction(value: unknown): ChatFunctionRef | null {
  return isObject(value) && typeof value['id'] === 'string'
    ? { id: value['id'], name: str(value['name']) ?? value['id'], code: str(value['code']) ?? undefined }
    : null;
}

/** The question of an answer: `question` (words) with `options`, or a `{text, options}` object. */
export function questionOf(answer: { question?: unknown; options?: unknown }): ChatQuestion | null {
  const q = answer.question;
  if (typeof q === 'string' && Array.isArray(answer.options) && answer.options.length) {
    return { text: q, options: answer.options as ChatQuestion['options'] };
  }
  if (isObject(q) && typeof q['text'] === 'string' && Array.isArray(q['options']) && q['options'].length) {
    return q as unknown as ChatQuestion;
  }
  return null;
}

/**
 * One stored message (or answer) as the page shows it. The thread's entries carry the answer's fields
 * either at the top level or under `answer`/`result`; the text is `text`, `content`, `message` or `reply`.
 */
export function normalizeMessage(raw: unknown, index: number): ChatMessage | null {
  if (!isObject(raw)) return null;
  const nested = [raw['answer'], raw['result'], raw['response']].find(isObject) ?? {};
  const pick = (key: string): unknown => raw[key] ?? nested[key];
  const role = raw['role'] === 'user' ? 'user' : raw['role'] === 'assistant' ? 'assistant' : null;
  const text = str(raw['text']) ?? str(raw['content']) ?? str(raw['message']) ?? str(pick('reply')) ?? '';
  const inferredRole = role ?? (raw['reply'] !== undefined || raw['plan'] !== undefined ? 'assistant' : 'user');
  const actions = pick('actionRequired');
  const question = questionOf({ question: pick('question'), options: pick('options') });
  const fn = asFunction(pick('function'));
  return {
    id: str(raw['id']) ?? String(raw['id'] ?? `m${index}`),
    role: inferredRole,
    text,
    createdAt: str(raw['createdAt']),
    plan: asPlan(pick('plan')),
    actionRequired: Array.isArray(actions) ? (actions as ActionRequired[]) : [],
    question,
    function: fn,
    functionId: str(pick('functionId')) ?? fn?.id ?? null,
  };
}

/**
 * `GET /api/apps/:app/chat` as a flat list of messages. Accepts a bare array or `{messages}`/`{thread}`;
 * an entry holding both the request and its answer (`{message, reply, plan…}`) becomes two messages.
 */
export function normalizeThread(body: unknown): ChatMessage[] {
  const list = Array.isArray(body)
    ? body
    : isObject(body)
      ? ((['messages', 'thread', 'items'].map((k) => body[k]).find(Array.isArray) as unknown[] | undefined) ?? [])
      : [];
  const out: ChatMessage[] = [];
  list.forEach((raw, i) => {
    if (isObject(raw) && !raw['role'] && typeof raw['message'] === 'string' && typeof raw['reply'] === 'string') {
      out.push({
        id: `${String(raw['id'] ?? i)}-q`,
        role: 'user',
        text: raw['message'],
        createdAt: str(raw['createdAt']),
        plan: null,
        actionRequired: [],
        question: null,
        function: null,
        functionId: str(raw['functionId']),
      });
      const answer = normalizeMessage({ ...raw, message: undefined, role: 'assistant' }, i);
      if (answer) out.push({ ...answer, text: raw['reply'] });
      return;
    }
    const m = normalizeMessage(raw, i);
    if (m) out.push(m);
  });
  return out;
}

/** The answer to a message just sent, as the assistant's entry in the thread. */
export function answerMessage(answer: ChatAnswer, id: string): ChatMessage {
  const m = normalizeMessage({ ...answer, role: 'assistant', id: answer.messageId ?? id }, 0);
  return (
    m ?? {
      id,
      role: 'assistant',
      text: answer.reply,
      createdAt: null,
      plan: null,
      actionRequired: [],
      question: null,
      function: null,
      functionId: null,
    }
  );
}

/**
 * A planned tool's status against the app's connections as they are now (the stored plan keeps the status
 * at the time it was made; after a consent the live connection list is what counts).
 */
export function liveStatus(connector: Pick<PlanConnector, 'id' | 'requiredScopes'>, connections: readonly Connection[]): ConnectorStatus {
  const c = connections.find((x) => x.provider === connector.id);
  if (!c) return 'not_connected';
  if (c.status === 'needs_reconnect') return 'needs_reconnect';
  const granted = new Set(c.grantedScopes.map((g) => g.scope));
  return connector.requiredScopes.every((s) => granted.has(s)) ? 'connected' : 'missing_scopes';
}

/** Whether an Action required card still asks for something, given the live connections. */
export function actionStillRequired(action: ActionRequired, connections: readonly Connection[]): boolean {
  return liveStatus({ id: action.provider, requiredScopes: action.permissions.map((p) => p.scope) }, connections) !== 'connected';
}

export function statusWords(status: ConnectorStatus): string {
  switch (status) {
    case 'connected':
      return 'Connected';
    case 'not_connected':
      return 'Not connected';
    case 'missing_scopes':
      return 'Needs more permissions';
    case 'needs_reconnect':
      return 'Needs reconnecting';
  }
}

/** The trigger in words: the planner's own description when it gave one. */
export function triggerWords(trigger: PlanTrigger | null | undefined): string {
  if (!trigger) return 'Runs when started by hand';
  if (trigger.description?.trim()) return trigger.description.trim();
  switch (trigger.type) {
    case 'event':
      return trigger.event ? `When the app sends the event “${trigger.event}”` : 'When the app sends an event';
    case 'schedule':
      return trigger.cron ? `On the schedule “${trigger.cron}”${trigger.timezone ? ` (${trigger.timezone})` : ''}` : 'On a schedule';
    case 'http':
      return 'When the app asks for it (an HTTP call)';
  }
}

/** Extracted operation inputs as `name: value` pairs (`body.channel` reads as `channel`). */
export function paramsWords(params: Record<string, unknown> | null | undefined): string[] {
  return Object.entries(params ?? {}).map(([k, v]) => `${k.replace(/^body\./, '')}: ${typeof v === 'string' ? v : JSON.stringify(v)}`);
}
