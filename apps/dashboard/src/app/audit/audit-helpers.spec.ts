import {
  actorKey,
  actorLabel,
  auditCsv,
  csvCell,
  eventDetails,
  filterEvents,
  filterOptions,
  NO_FILTER,
  pageOf,
  parseLocalDateTime,
  providerLabel,
  providerOf,
  toCsv,
  trailNames,
} from './audit-helpers';
import { AuditEvent } from './audit.models';

function event(partial: Partial<AuditEvent> & Pick<AuditEvent, 'action' | 'createdAt'>): AuditEvent {
  return {
    id: `${partial.action}-${partial.createdAt}`,
    actor: { type: 'user', id: 'u1', email: 'ann@example.com' },
    target: null,
    metadata: null,
    ...partial,
  };
}

// Newest first, as the API answers.
const EVENTS: AuditEvent[] = [
  event({
    action: 'operation.called',
    createdAt: '2026-03-05T12:00:00.000Z',
    actor: { type: 'api_key', id: 'k1', email: undefined },
    target: 'integration:i1.GET /status',
    metadata: { provider: 'integration:i1', operation: 'GET /status', status: 200, durationMs: 12 },
  }),
  event({ action: 'connection.connected', createdAt: '2026-03-04T12:00:00.000Z', target: 'slack', metadata: { account: 'Acme' } }),
  event({
    action: 'operation.called',
    createdAt: '2026-03-03T12:00:00.000Z',
    actor: { type: 'user', id: 'u2', email: 'bob@example.com' },
    target: 'slack.chat.postMessage',
    metadata: { provider: 'slack', operation: 'chat.postMessage', status: 200, durationMs: 80 },
  }),
  event({ action: 'integration.created', createdAt: '2026-03-02T12:00:00.000Z', target: 'i1', metadata: { name: 'Billing', auth: 'bearer' } }),
  event({ action: 'api_key.created', createdAt: '2026-03-01T12:00:00.000Z', target: 'api_key:k1', metadata: { name: 'ci', prefix: 'pbk_abc' } }),
  event({ action: 'connection.needs_reconnect', createdAt: '2026-02-28T12:00:00.000Z', actor: { type: 'system', id: null }, target: 'notion' }),
];

describe('audit filters', () => {
  it('keeps everything without a filter', () => {
    expect(filterEvents(EVENTS, NO_FILTER)).toHaveLength(EVENTS.length);
  });

  it('filters by actor, action and provider together', () => {
    const byBob = filterEvents(EVENTS, { ...NO_FILTER, actor: 'user:u2' });
    expect(byBob.map((e) => e.createdAt)).toEqual(['2026-03-03T12:00:00.000Z']);
    const slack = filterEvents(EVENTS, { ...NO_FILTER, provider: 'slack' });
    expect(slack.map((e) => e.action)).toEqual(['connection.connected', 'operation.called']);
    const slackCalls = filterEvents(EVENTS, { ...NO_FILTER, provider: 'slack', action: 'operation.called', actor: 'user:u1' });
    expect(slackCalls).toEqual([]);
  });

  it('reads the provider of calls (metadata), of connection and integration events (target), none for the rest', () => {
    expect(EVENTS.map(providerOf)).toEqual(['integration:i1', 'slack', 'slack', 'integration:i1', null, 'notion']);
  });

  it('filters by an inclusive time range', () => {
    const from = new Date('2026-03-02T12:00:00.000Z');
    const to = new Date('2026-03-04T12:00:00.000Z');
    expect(filterEvents(EVENTS, { ...NO_FILTER, from, to }).map((e) => e.createdAt)).toEqual([
      '2026-03-04T12:00:00.000Z',
      '2026-03-03T12:00:00.000Z',
      '2026-03-02T12:00:00.000Z',
    ]);
    expect(filterEvents(EVENTS, { ...NO_FILTER, from: to, to: from })).toEqual([]);
  });

  it('parses datetime-local values as local time; an end bound covers its whole minute', () => {
    expect(parseLocalDateTime('2026-03-04T10:15')).toEqual(new Date(2026, 2, 4, 10, 15, 0, 0));
    expect(parseLocalDateTime('2026-03-04T10:15', true)).toEqual(new Date(2026, 2, 4, 10, 15, 59, 999));
    expect(parseLocalDateTime('2026-03-04T10:15:30')).toEqual(new Date(2026, 2, 4, 10, 15, 30, 0));
    expect(parseLocalDateTime('')).toBeNull();
    expect(parseLocalDateTime('yesterday')).toBeNull();
  });

  it('names API keys and custom integrations from their own creation events', () => {
    const names = trailNames(EVENTS);
    expect(actorLabel(EVENTS[0], names)).toBe('API key “ci”');
    expect(actorLabel(EVENTS[0])).toBe('API key k1');
    expect(actorLabel(EVENTS[5])).toBe('Patchbay (system)');
    expect(actorLabel(event({ action: 'x', createdAt: '', actor: { type: 'user', id: '0123456789' } }))).toBe('Former user 01234567');
    expect(providerLabel('integration:i1', names)).toBe('Billing (custom)');
    expect(providerLabel('slack', names)).toBe('slack');
  });

  it('offers each actor, action and provider once, sorted by label (case-insensitive)', () => {
    const options = filterOptions(EVENTS, trailNames(EVENTS));
    expect(options.actors).toEqual([
      { value: 'user:u1', label: 'ann@example.com' },
      { value: 'api_key:k1', label: 'API key “ci”' },
      { value: 'user:u2', label: 'bob@example.com' },
      { value: 'system:', label: 'Patchbay (system)' },
    ]);
    expect(options.actions.map((o) => o.value)).toEqual([
      'api_key.created',
      'connection.connected',
      'connection.needs_reconnect',
      'integration.created',
      'operation.called',
    ]);
    expect(options.providers).toEqual([
      { value: 'integration:i1', label: 'Billing (custom)' },
      { value: 'notion', label: 'notion' },
      { value: 'slack', label: 'slack' },
    ]);
    expect(actorKey(EVENTS[5])).toBe('system:');
  });

  it('details say what the other columns do not', () => {
    expect(eventDetails(EVENTS[0])).toBe('operation=GET /status; status=200; durationMs=12');
    expect(eventDetails(EVENTS[1])).toBe('slack · account=Acme');
    expect(eventDetails(EVENTS[5])).toBe('notion');
  });

  it('pages rows', () => {
    const rows = Array.from({ length: 23 }, (_, i) => i);
    expect(pageOf(rows, 0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(pageOf(rows, 2, 10)).toEqual([20, 21, 22]);
    expect(pageOf(rows, 3, 10)).toEqual([]);
  });
});

describe('audit CSV', () => {
  it('leaves plain values alone and quotes commas, quotes and line breaks', () => {
    expect(csvCell('member.added')).toBe('member.added');
    expect(csvCell(42)).toBe('42');
    expect(csvCell(null)).toBe('');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
  });

  it('defuses values a spreadsheet would run as formulas', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe(`"'=HYPERLINK(""http://evil"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
  });

  it('writes a header and one CRLF-terminated line per row', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['1', 'x,y'],
          [null, 'z'],
        ],
      ),
    ).toBe('a,b\r\n1,"x,y"\r\n,z\r\n');
  });

  it('exports the given (filtered) events with readable actor, provider and details', () => {
    const names = trailNames(EVENTS);
    const csv = auditCsv(filterEvents(EVENTS, { ...NO_FILTER, provider: 'integration:i1' }), names);
    expect(csv.split('\r\n')).toEqual([
      'time,actor,actor_type,actor_id,action,provider,target,details',
      '2026-03-05T12:00:00.000Z,API key “ci”,api_key,k1,operation.called,Billing (custom),integration:i1.GET /status,provider=integration:i1; operation=GET /status; status=200; durationMs=12',
      '2026-03-02T12:00:00.000Z,ann@example.com,user,u1,integration.created,Billing (custom),i1,name=Billing; auth=bearer',
      '',
    ]);
  });
});
