import { deriveView, type TableSpec } from './derive-view';

const obj = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const arr = (items: unknown) => ({ type: 'array', items });
const str = { type: 'string' };

describe('deriveView', () => {
  it('finds arrays nested in objects (TikTok data.videos) and keeps scalar siblings as a card', () => {
    const view = deriveView(obj({ data: obj({ cursor: str, videos: arr(obj({ id: str, title: str })) }) }), 'Videos');
    expect(view.raw).toBe(false);
    expect(view.sections).toEqual([
      { kind: 'card', title: 'Data', path: ['data'], fields: [{ key: 'cursor', label: 'Cursor', path: ['cursor'] }] },
      expect.objectContaining({ kind: 'table', title: 'Data › Videos', path: ['data', 'videos'] }),
    ]);
    expect((view.sections[1] as TableSpec).columns.map((c) => c.key)).toEqual(['id', 'title']);
  });

  it('puts the pagination items table before page metadata', () => {
    const schema = obj({ nextPageToken: str, items: arr(obj({ id: str })) });
    expect(deriveView(schema, 'Events').sections.map((s) => s.kind)).toEqual(['card', 'table']);
    expect(deriveView(schema, 'Events', 'items').sections.map((s) => s.kind)).toEqual(['table', 'card']);
  });

  it('nests arrays of objects inside table rows (HubSpot results[].stages)', () => {
    const view = deriveView(obj({ results: arr(obj({ id: str, stages: arr(obj({ id: str, label: str })) })) }), 'Pipelines');
    const table = view.sections[0] as TableSpec;
    expect(table.path).toEqual(['results']);
    expect(table.columns.map((c) => c.key)).toEqual(['id']);
    expect(table.nested).toEqual([
      expect.objectContaining({
        title: 'Stages',
        path: ['stages'],
        columns: [expect.objectContaining({ key: 'id' }), expect.objectContaining({ key: 'label' })],
      }),
    ]);
  });

  it('adds one level of nested object scalars as columns (start.dateTime)', () => {
    const view = deriveView(obj({ items: arr(obj({ summary: str, start: obj({ dateTime: str }) })) }), 'Events');
    expect((view.sections[0] as TableSpec).columns).toEqual([
      { key: 'summary', label: 'Summary', path: ['summary'] },
      { key: 'start.dateTime', label: 'Start date time', path: ['start', 'dateTime'] },
    ]);
  });

  it('renders a top-level array as a table and merges allOf', () => {
    const view = deriveView(arr({ allOf: [obj({ id: str }), obj({ name: str })] }), 'Users');
    expect(view.sections).toEqual([expect.objectContaining({ kind: 'table', path: [], title: 'Users' })]);
    expect((view.sections[0] as TableSpec).columns.map((c) => c.key)).toEqual(['id', 'name']);
  });

  it('terminates on recursive schemas', () => {
    const node: Record<string, unknown> = { type: 'object', properties: { id: str } };
    (node['properties'] as Record<string, unknown>)['children'] = arr(node);
    (node['properties'] as Record<string, unknown>)['parent'] = node;
    const view = deriveView(node, 'Tree');
    expect(view.sections.length).toBeGreaterThan(0);
    expect(view.sections.length).toBeLessThanOrEqual(8);
    expect(JSON.stringify(view).length).toBeLessThan(20_000);
  });

  it('falls back to raw JSON when the schema has no structure', () => {
    expect(deriveView(undefined, 'x')).toEqual({ sections: [], raw: true });
    expect(deriveView({ type: 'object', additionalProperties: true }, 'x').raw).toBe(true);
  });
});
