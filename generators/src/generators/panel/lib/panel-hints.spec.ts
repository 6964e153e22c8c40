import type { OperationModel } from '@patchbay/spec';
import { deriveView, type TableSpec } from './derive-view';
import { applyPanelHint, schemasAt, type PanelHint } from './panel-hints';

const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ type: 'object', properties, ...extra });
const arr = (items: unknown) => ({ type: 'array', items });
const str = { type: 'string' };
const when = obj({ dateTime: { type: 'string', format: 'date-time' }, date: { type: 'string', format: 'date' } });
const richText = arr(obj({ plain_text: str }));

const response = obj({
  items: arr(
    obj({
      id: str,
      summary: str,
      htmlLink: { type: 'string', format: 'uri' },
      start: when,
      end: when,
      properties: { type: 'object', additionalProperties: obj({ type: str, title: richText }) },
      extra: { type: 'object' },
    }),
  ),
});

const op = (readOnly = true) => ({ id: 'events.list', readOnly, responseSchema: response }) as unknown as OperationModel;
const apply = (hint: PanelHint, readOnly = true) =>
  applyPanelHint(deriveView(response, 'Events', 'items'), hint, op(readOnly), 'specs/cal/provider.yaml');
const columns = (hint: PanelHint) => (apply(hint).sections[0] as TableSpec).columns;

describe('panel hints', () => {
  it('replaces the columns of the main list, with the title first linking to the item and alternative paths', () => {
    expect(
      columns({
        title: 'summary',
        link: 'htmlLink',
        columns: [{ path: 'start.dateTime|start.date', label: 'Start', format: 'datetime' }, 'end.date', 'extra.anything'],
      }),
    ).toEqual([
      { key: 'summary', label: 'Title', path: ['summary'], link: ['htmlLink'] },
      { key: 'start.dateTime|start.date', label: 'Start', path: ['start', 'dateTime'], or: [['start', 'date']], format: 'datetime' },
      // Without a format in the hint, the schema's.
      { key: 'end.date', label: 'End date', path: ['end', 'date'], format: 'date' },
      // Free-form objects admit any key.
      { key: 'extra.anything', label: 'Extra anything', path: ['extra', 'anything'] },
    ]);
  });

  it('reaches a title through `*` (any property name) and applies formats to the derived columns', () => {
    const cols = columns({ title: 'properties.*.title.*.plain_text', formats: { 'start.date': 'datetime' } });
    expect(cols[0]).toEqual({ key: 'properties.*.title.*.plain_text', label: 'Title', path: ['properties', '*', 'title', '*', 'plain_text'] });
    // The title the schema suggested gives way to the hint's.
    expect(cols.filter((c) => c.label === 'Title')).toHaveLength(1);
    expect(cols.find((c) => c.key === 'start.date')).toEqual({ key: 'start.date', label: 'Start date', path: ['start', 'date'], format: 'datetime' });
  });

  it('adds a link column when there is no title', () => {
    expect(columns({ columns: ['summary'], link: 'htmlLink' })).toEqual([
      { key: 'summary', label: 'Summary', path: ['summary'] },
      { key: 'htmlLink', label: 'Link', path: ['htmlLink'], format: 'url' },
    ]);
  });

  it('fails naming provider.yaml and the path of a field the response does not have', () => {
    expect(() => apply({ columns: ['start.dateTime', 'start.time'] })).toThrow(
      'specs/cal/provider.yaml: operations.events.list.panel.columns[1]: "start.time" is not in the items of items of events.list',
    );
    expect(() => apply({ title: 'name' })).toThrow('operations.events.list.panel.title: "name" is not in');
    expect(() => apply({ columns: ['summary'], formats: { 'end.when': 'date' } })).toThrow('operations.events.list.panel.formats.end.when');
    expect(() => apply({ title: 'summary' }, false)).toThrow('operations.events.list.panel: events.list is not a read operation');
  });

  it('walks arrays, `*` and open objects', () => {
    expect(schemasAt(response, ['items', '0', 'start', 'date'])).toHaveLength(1);
    expect(schemasAt(response, ['items', 'start', 'date'])).toHaveLength(1);
    expect(schemasAt(response, ['items', 'nope'])).toEqual([]);
    expect(schemasAt(obj({ a: str }, { additionalProperties: false }), ['b'])).toEqual([]);
  });
});
