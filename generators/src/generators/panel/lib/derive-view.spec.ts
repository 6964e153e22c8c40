import { deriveView, type TableSpec } from './derive-view';

const obj = (properties: Record<string, unknown>) => ({ type: 'object', properties });
const arr = (items: unknown) => ({ type: 'array', items });
const str = { type: 'string' };

describe('deriveView', () => {
  it('finds arrays nested in objects (TikTok data.videos) and keeps scalar siblings as a card', () => {
    const view = deriveView(obj({ data: obj({ total: str, videos: arr(obj({ id: str, title: str })) }) }), 'Videos');
    expect(view.raw).toBe(false);
    expect(view.sections).toEqual([
      { kind: 'card', title: 'Data', path: ['data'], fields: [{ key: 'total', label: 'Total', path: ['total'] }] },
      expect.objectContaining({ kind: 'table', title: 'Data › Videos', path: ['data', 'videos'] }),
    ]);
    expect((view.sections[1] as TableSpec).columns.map((c) => c.key)).toEqual(['title']);
  });

  it('puts the pagination items table before page metadata', () => {
    const schema = obj({ summary: str, items: arr(obj({ name: str })) });
    expect(deriveView(schema, 'Events').sections.map((s) => s.kind)).toEqual(['card', 'table']);
    expect(deriveView(schema, 'Events', 'items').sections.map((s) => s.kind)).toEqual(['table', 'card']);
  });

  it('nests arrays of objects inside table rows (HubSpot results[].stages)', () => {
    const view = deriveView(obj({ results: arr(obj({ label: str, stages: arr(obj({ id: str, label: str })) })) }), 'Pipelines');
    const table = view.sections[0] as TableSpec;
    expect(table.path).toEqual(['results']);
    expect(table.columns.map((c) => c.key)).toEqual(['label']);
    expect(table.nested).toEqual([
      expect.objectContaining({
        title: 'Stages',
        path: ['stages'],
        columns: [expect.objectContaining({ key: 'label' })],
      }),
    ]);
  });

  it('adds one level of nested object scalars as columns (start.dateTime)', () => {
    const view = deriveView(obj({ items: arr(obj({ summary: str, start: obj({ dateTime: str }) })) }), 'Events');
    expect((view.sections[0] as TableSpec).columns).toEqual([
      { key: 'summary', label: 'Title', path: ['summary'] },
      { key: 'start.dateTime', label: 'Start date time', path: ['start', 'dateTime'], format: 'datetime' },
    ]);
  });

  it('renders a top-level array as a table and merges allOf', () => {
    const view = deriveView(arr({ allOf: [obj({ email: str }), obj({ name: str })] }), 'Users');
    expect(view.sections).toEqual([expect.objectContaining({ kind: 'table', path: [], title: 'Users' })]);
    expect((view.sections[0] as TableSpec).columns.map((c) => c.key)).toEqual(['name', 'email']);
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

  it('hides ids, etags, kinds, self links and page tokens; puts the title first, linked to the item; formats dates', () => {
    const event = obj({
      kind: str,
      etag: str,
      id: str,
      iCalUID: str,
      recurringEventId: str,
      selfLink: { type: 'string', format: 'uri' },
      status: str,
      htmlLink: { type: 'string', format: 'uri' },
      created: { type: 'string', format: 'date-time' },
      summary: str,
      last_edited_time: str,
      allDay: { type: 'boolean' },
      day: { type: 'string', format: 'date' },
    });
    const view = deriveView(obj({ kind: str, etag: str, nextPageToken: str, next_cursor: str, timeZone: str, items: arr(event) }), 'Events', 'items');
    expect((view.sections[0] as TableSpec).columns).toEqual([
      { key: 'summary', label: 'Title', path: ['summary'], link: ['htmlLink'] },
      { key: 'status', label: 'Status', path: ['status'] },
      { key: 'created', label: 'Created', path: ['created'], format: 'datetime' },
      { key: 'last_edited_time', label: 'Last edited time', path: ['last_edited_time'], format: 'datetime' },
      { key: 'allDay', label: 'All day', path: ['allDay'], format: 'boolean' },
      { key: 'day', label: 'Day', path: ['day'], format: 'date' },
    ]);
    expect(view.sections[1]).toEqual({
      kind: 'card',
      title: 'Events',
      path: [],
      fields: [{ key: 'timeZone', label: 'Time zone', path: ['timeZone'] }],
    });
  });

  it('keeps bookkeeping when it is all there is', () => {
    expect((deriveView(arr(obj({ id: str })), 'Ids').sections[0] as TableSpec).columns.map((c) => c.key)).toEqual(['id']);
    expect(deriveView(obj({ kind: str, etag: str }), 'Created').sections).toEqual([
      expect.objectContaining({ kind: 'card', fields: [expect.objectContaining({ key: 'kind' }), expect.objectContaining({ key: 'etag' })] }),
    ]);
  });

  it('keeps the id of a single object (a profile says who), not of table rows', () => {
    const view = deriveView(
      obj({ open_id: str, etag: str, display_name: str, created_by: obj({ object: str, id: str }), videos: arr(obj({ id: str, title: str })) }),
      'Profile',
    );
    expect(view.sections).toHaveLength(2);
    expect(view.sections[0]).toEqual(
      expect.objectContaining({
        kind: 'card',
        fields: [expect.objectContaining({ key: 'open_id' }), expect.objectContaining({ key: 'display_name' })],
      }),
    );
    expect((view.sections[1] as TableSpec).columns.map((c) => c.key)).toEqual(['title']);
  });
});
