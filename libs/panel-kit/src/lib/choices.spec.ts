import { choicesFailure, choicesFrom, type ChoicesSpec } from './choices';

const CHANNELS: ChoicesSpec = { operationId: 'conversations.list', items: ['channels'], value: ['id'], label: [['name']] };

describe('choicesFrom', () => {
  it('names each item by its label and keeps its id as the value, sorted by name, without repeats or items lacking a value', () => {
    const data = {
      ok: true,
      channels: [
        { id: 'C2', name: 'support' },
        { id: 'C1', name: 'general' },
        { name: 'no id' },
        { id: 'C2', name: 'support again' },
        { id: 'C3' },
        { id: 42, name: 'numeric' },
      ],
    };
    expect(choicesFrom(data, CHANNELS)).toEqual([
      { value: 'C3', label: 'C3' },
      { value: 'C1', label: 'general' },
      { value: '42', label: 'numeric' },
      { value: 'C2', label: 'support' },
    ]);
  });

  it('takes the first label path with text (Notion titles are pieces under any property name), else the next', () => {
    const spec: ChoicesSpec = {
      operationId: 'search',
      items: ['results'],
      value: ['id'],
      label: [['properties', '*', 'title', '*', 'plain_text'], ['url']],
    };
    const data = {
      results: [
        { id: 'd1', properties: { Name: { title: [{ plain_text: 'Road' }, { plain_text: 'map' }] } }, url: 'https://n/d1' },
        { id: 'd2', properties: { Name: { title: [] } }, url: 'https://n/d2' },
      ],
    };
    expect(choicesFrom(data, spec)).toEqual([
      { value: 'd2', label: 'https://n/d2' },
      { value: 'd1', label: 'Roadmap' },
    ]);
  });

  it('tells apart things of the same name by their value', () => {
    const data = {
      channels: [
        { id: 'C2', name: 'support' },
        { id: 'C1', name: 'support' },
        { id: 'C3', name: 'general' },
      ],
    };
    expect(choicesFrom(data, CHANNELS).map((c) => c.label)).toEqual(['general', 'support (C1)', 'support (C2)']);
  });

  it('gives nothing for an answer without the list; a response that is the list is read as is', () => {
    expect(choicesFrom({ ok: false, error: 'missing_scope' }, CHANNELS)).toEqual([]);
    expect(choicesFrom(null, CHANNELS)).toEqual([]);
    expect(choicesFrom([{ id: 'a', name: 'A' }], { ...CHANNELS, items: [] })).toEqual([{ value: 'a', label: 'A' }]);
  });
});

describe('choicesFailure', () => {
  it('says what went wrong in one short line', () => {
    expect(choicesFailure(new Error('Slack has not allowed this app to:\n read channels'))).toBe('Slack has not allowed this app to: read channels');
    expect(choicesFailure({ message: 'x'.repeat(200) })).toHaveLength(120);
    expect(choicesFailure(undefined)).toBe('');
  });
});
