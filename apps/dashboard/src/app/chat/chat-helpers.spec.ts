import { Connection } from '../core/integrations.models';
import { actionStillRequired, answerMessage, liveStatus, normalizeThread, paramsWords, questionOf, statusWords, triggerWords } from './chat-helpers';

function connection(over: Partial<Connection>): Connection {
  return {
    provider: 'slack',
    providerName: 'Slack',
    status: 'active',
    account: { id: 'U1', label: 'ada@example.test' },
    grantedScopes: [{ scope: 'chat:write', description: 'Post messages' }],
    connectedBy: 'u1',
    connectedAt: '2026-01-01T00:00:00Z',
    lastRefreshedAt: null,
    expiresAt: null,
    notGranted: [],
    unavailableOperations: [],
    ...over,
  };
}

const ANSWER = {
  reply: 'I will post to #support when a ticket is created.',
  plan: {
    connectors: [{ id: 'slack', requiredScopes: ['chat:write'], grantedScopes: [], missingScopes: ['chat:write'], status: 'not_connected' }],
    operations: [{ provider: 'slack', operationId: 'chat.postMessage', params: { 'body.channel': '#support' }, why: 'post a message' }],
    trigger: { type: 'event', event: 'ticket.created', description: 'When a ticket is created' },
  },
  actionRequired: [{ provider: 'slack', permissions: [{ scope: 'chat:write', description: 'Post messages' }], connectUrl: 'http://x/consent' }],
  function: { id: 'f1', name: 'post-to-support', code: 'export default 1;' },
};

describe('chat helpers', () => {
  it('reads a thread of role-tagged messages, bare or wrapped', () => {
    const raw = [
      { id: 'm1', role: 'user', text: 'Post to #support', createdAt: '2026-01-01T00:00:00Z' },
      { id: 'm2', role: 'assistant', ...ANSWER },
    ];
    for (const body of [raw, { messages: raw }]) {
      const thread = normalizeThread(body);
      expect(thread.map((m) => [m.id, m.role, m.text])).toEqual([
        ['m1', 'user', 'Post to #support'],
        ['m2', 'assistant', ANSWER.reply],
      ]);
      expect(thread[1].plan?.operations[0].operationId).toBe('chat.postMessage');
      expect(thread[1].actionRequired[0].connectUrl).toBe('http://x/consent');
      expect(thread[1].function).toEqual({ id: 'f1', name: 'post-to-support', code: 'export default 1;' });
    }
  });

  it('splits an exchange stored as one entry into the request and its answer', () => {
    const thread = normalizeThread([{ id: 'e1', message: 'Post to #support', ...ANSWER }]);
    expect(thread.map((m) => [m.role, m.text])).toEqual([
      ['user', 'Post to #support'],
      ['assistant', ANSWER.reply],
    ]);
    expect(thread[0].plan).toBeNull();
    expect(thread[1].plan?.trigger?.event).toBe('ticket.created');
  });

  it('reads answers nested under `answer` and ignores what is not a message', () => {
    const thread = normalizeThread({
      messages: [
        null,
        'x',
        { id: 7, role: 'assistant', content: 'Hi', answer: { question: { text: 'Which?', options: [{ id: 'a', label: 'A' }] } } },
      ],
    });
    expect(thread).toHaveLength(1);
    expect(thread[0]).toMatchObject({ id: '7', text: 'Hi', question: { text: 'Which?' } });
    expect(normalizeThread({ nothing: true })).toEqual([]);
  });

  it('reads the API thread: content, and the answer stored under `answer` without consent URLs', () => {
    const thread = normalizeThread([
      { id: 'u1', role: 'user', content: 'Post to #support', userId: 'x', functionId: null, answer: null, createdAt: '2026-01-01T00:00:00.000Z' },
      {
        id: 'a1',
        role: 'assistant',
        content: ANSWER.reply,
        userId: null,
        functionId: 'f1',
        answer: {
          ...ANSWER,
          kind: 'plan',
          actionRequired: [
            { provider: 'slack', name: 'Slack', status: 'not_connected', mode: 'connect', permissions: ANSWER.actionRequired[0].permissions },
          ],
        },
        createdAt: '2026-01-01T00:00:00.001Z',
      },
    ]);
    expect(thread.map((m) => [m.id, m.role, m.text])).toEqual([
      ['u1', 'user', 'Post to #support'],
      ['a1', 'assistant', ANSWER.reply],
    ]);
    expect(thread[0].plan).toBeNull();
    expect(thread[1].actionRequired[0]).toMatchObject({ provider: 'slack', mode: 'connect' });
    expect(thread[1].actionRequired[0].connectUrl).toBeUndefined();
    expect(thread[1].functionId).toBe('f1');
  });

  it('reads a question given as words plus options, or as one object', () => {
    const options = [
      { id: 'salesforce', label: 'Salesforce' },
      { id: 'hubspot', label: 'HubSpot' },
    ];
    expect(questionOf({ question: 'Salesforce or HubSpot?', options })).toEqual({ text: 'Salesforce or HubSpot?', options });
    expect(questionOf({ question: { text: 'Which?', options } })).toEqual({ text: 'Which?', options });
    expect(questionOf({ question: 'Which?', options: [] })).toBeNull();
    expect(questionOf({})).toBeNull();
    const [, answer] = normalizeThread([
      { id: 'q', role: 'user', content: 'Sync leads to my CRM' },
      { id: 'a', role: 'assistant', content: 'Which CRM?', answer: { kind: 'question', question: 'Salesforce or HubSpot?', options } },
    ]);
    expect(answer.question).toEqual({ text: 'Salesforce or HubSpot?', options });
  });

  it('turns a posted answer into the assistant entry', () => {
    const m = answerMessage(ANSWER as never, 'a1');
    expect(m).toMatchObject({ id: 'a1', role: 'assistant', text: ANSWER.reply, functionId: 'f1' });
    // The stored message's id when the API gives it, so the card keeps its state after a reload.
    expect(answerMessage({ ...ANSWER, messageId: 'm-9' } as never, 'a1').id).toBe('m-9');
  });

  it('decides a tool status from the live connections', () => {
    const c = { id: 'slack', requiredScopes: ['chat:write'] };
    expect(liveStatus(c, [])).toBe('not_connected');
    expect(liveStatus(c, [connection({})])).toBe('connected');
    expect(liveStatus({ ...c, requiredScopes: ['chat:write', 'channels:read'] }, [connection({})])).toBe('missing_scopes');
    expect(liveStatus(c, [connection({ status: 'needs_reconnect' })])).toBe('needs_reconnect');
    expect(liveStatus(c, [connection({ provider: 'notion' })])).toBe('not_connected');
    expect(statusWords('missing_scopes')).toBe('Needs more permissions');
  });

  it('keeps an Action required card open until the connection has every permission it lists', () => {
    const action = ANSWER.actionRequired[0];
    expect(actionStillRequired(action, [])).toBe(true);
    expect(actionStillRequired(action, [connection({ grantedScopes: [] })])).toBe(true);
    expect(actionStillRequired(action, [connection({})])).toBe(false);
  });

  it('says the trigger in words, preferring the planner’s description', () => {
    expect(triggerWords({ type: 'event', event: 'ticket.created', description: ' When a ticket is created ' })).toBe('When a ticket is created');
    expect(triggerWords({ type: 'event', event: 'ticket.created' })).toContain('ticket.created');
    expect(triggerWords({ type: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Paris' })).toBe('On the schedule “0 9 * * 1” (Europe/Paris)');
    expect(triggerWords({ type: 'http' })).toContain('HTTP');
    expect(triggerWords(null)).toBe('Runs when started by hand');
  });

  it('lists extracted params without the body prefix', () => {
    expect(paramsWords({ 'body.channel': '#support', limit: 5 })).toEqual(['channel: #support', 'limit: 5']);
    expect(paramsWords(undefined)).toEqual([]);
  });
});
