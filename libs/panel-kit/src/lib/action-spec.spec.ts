import { buildActionInput, initialValues, missingScopes, needsConfirmation, orderFields, validateAction, type ActionFieldSpec } from './action-spec';

const FIELDS: ActionFieldSpec[] = [
  { key: 'thread_ts', in: 'body', label: 'Thread ts', required: false, kind: 'text' },
  { key: 'channel', in: 'body', label: 'Channel', required: true, kind: 'text' },
  { key: 'mrkdwn', in: 'body', label: 'Mrkdwn', required: false, kind: 'toggle', default: true },
  { key: 'unfurl_links', in: 'body', label: 'Unfurl links', required: false, kind: 'toggle' },
  { key: 'limit', in: 'param', label: 'Limit', required: false, kind: 'integer', default: 10 },
  { key: 'colour', in: 'body', label: 'Colour', required: true, kind: 'select', options: ['red', 2] },
  { key: 'blocks', in: 'body', label: 'Blocks', required: false, kind: 'json' },
];

describe('action form logic', () => {
  it('orders required fields first, keeping the spec order within each group', () => {
    expect(orderFields(FIELDS).map((f) => f.key)).toEqual(['channel', 'colour', 'thread_ts', 'mrkdwn', 'unfurl_links', 'limit', 'blocks']);
  });

  it('starts from the schema defaults; a toggle without one stays unset', () => {
    expect(initialValues(FIELDS)).toEqual({
      'body:thread_ts': '',
      'body:channel': '',
      'body:mrkdwn': true,
      'body:unfurl_links': undefined,
      'param:limit': '10',
      'body:colour': '',
      'body:blocks': '',
    });
  });

  it('names every missing required value and every malformed one, in words', () => {
    const values = { ...initialValues(FIELDS), 'body:channel': '   ', 'param:limit': '2.5', 'body:blocks': '[{' };
    expect(validateAction(FIELDS, values)).toEqual([
      { field: 'body:channel', message: 'Enter Channel.' },
      { field: 'param:limit', message: 'Limit must be a whole number.' },
      { field: 'body:colour', message: 'Enter Colour.' },
      { field: 'body:blocks', message: 'Blocks must be valid JSON.' },
    ]);
    expect(validateAction(FIELDS, { ...values, 'body:colour': 'blue' })).toContainEqual({
      field: 'body:colour',
      message: 'Choose one of the listed values for Colour.',
    });
  });

  it('builds the operation input from valid values: params on top, body properties in body, blanks and unset toggles left out', () => {
    const values = { ...initialValues(FIELDS), 'body:channel': 'C0123', 'body:colour': '2', 'body:blocks': '[{"type":"divider"}]' };
    expect(validateAction(FIELDS, values)).toEqual([]);
    expect(buildActionInput(FIELDS, values)).toEqual({
      limit: 10,
      body: { channel: 'C0123', mrkdwn: true, colour: 2, blocks: [{ type: 'divider' }] },
    });
    const whole: ActionFieldSpec[] = [{ key: '', in: 'body', label: 'Request body', required: true, kind: 'json' }];
    expect(buildActionInput(whole, { 'body:': '[1,2]' })).toEqual({ body: [1, 2] });
  });

  it('asks for confirmation for destructive operations and every DELETE', () => {
    expect(needsConfirmation({ destructive: true, method: 'POST' })).toBe(true);
    expect(needsConfirmation({ destructive: false, method: 'DELETE' })).toBe(true);
    expect(needsConfirmation({ destructive: false, method: 'POST' })).toBe(false);
  });

  it('tells which scopes a connection still lacks, for the alternative closest to what is granted', () => {
    const action = { scopeAlternatives: [['calendar.events'], ['calendar', 'extra']] };
    expect(missingScopes(action, ['calendar.events'])).toEqual([]);
    expect(missingScopes(action, ['calendar'])).toEqual(['calendar.events']);
    expect(missingScopes({ scopeAlternatives: [['a', 'b'], ['c']] }, ['a'])).toEqual(['b']);
    expect(missingScopes({ scopeAlternatives: [] }, [])).toEqual([]);
  });
});
