import { fieldValue, formatDate, formatValue, isEmptyData, json, linkOf, listAt, show, valueAt } from './panel-values';

describe('panel values', () => {
  const body = { data: { videos: [{ id: 'v1', tags: ['a', 'b'] }], cursor: 0 }, list: [1, 2] };

  it('reads paths through objects and array indexes, undefined when the shape differs', () => {
    expect(valueAt(body, ['data', 'videos', '0', 'id'])).toBe('v1');
    expect(valueAt(body, [])).toBe(body);
    expect(valueAt(body, ['data', 'cursor', 'x'])).toBeUndefined();
    expect(valueAt(null, ['a'])).toBeUndefined();
  });

  it('lists only arrays', () => {
    expect(listAt(body, ['data', 'videos'])).toHaveLength(1);
    expect(listAt(body, ['data'])).toEqual([]);
    expect(listAt(body, ['missing'])).toEqual([]);
  });

  it('formats values as short text', () => {
    expect(formatValue(undefined)).toBe('—');
    expect(formatValue('')).toBe('—');
    expect(formatValue(0)).toBe('0');
    expect(formatValue(false)).toBe('false');
    expect(formatValue(['a', 1, null])).toBe('a, 1, —');
    expect(formatValue('x'.repeat(300))).toHaveLength(200);
    expect(formatValue({ a: 1 })).toBe('{\n  "a": 1\n}');
    expect(formatValue({ long: 'y'.repeat(300) })).toMatch(/^\{\n {2}"long": "y+…$/);
    expect(show(body, ['data', 'videos', '0', 'tags'])).toBe('a, b');
  });

  it('prints JSON without throwing on cycles', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(json(cyclic)).toBe('[object Object]');
    expect(json(undefined)).toBe('');
  });

  it('knows an empty response', () => {
    for (const empty of [undefined, null, [], {}]) expect(isEmptyData(empty)).toBe(true);
    for (const full of [[0], { a: null }, 0, '', false]) expect(isEmptyData(full)).toBe(false);
  });

  it('reads `*` paths and alternatives: first path with a value, text pieces joined', () => {
    const page = { properties: { Status: { select: 'x' }, Name: { title: [{ plain_text: 'On' }, { plain_text: 'boarding' }] } } };
    expect(valueAt(page, ['properties', '*', 'select'])).toEqual(['x']);
    expect(fieldValue(page, { path: ['properties', '*', 'title', '*', 'plain_text'] })).toBe('Onboarding');
    expect(fieldValue(page, { path: ['properties', '*', 'nothing'] })).toBeUndefined();
    expect(fieldValue({ start: { date: '2026-12-04' } }, { path: ['start', 'dateTime'], or: [['start', 'date']] })).toBe('2026-12-04');
  });

  it('formats dates and moments, leaving what is not one as it was', () => {
    const fmt = (o: Intl.DateTimeFormatOptions, d: string) => new Intl.DateTimeFormat(undefined, { ...o, timeZone: 'UTC' }).format(new Date(d));
    expect(formatValue('2026-12-03T09:30:00.000Z', 'datetime', 'UTC')).toBe(fmt({ dateStyle: 'medium', timeStyle: 'short' }, '2026-12-03T09:30:00Z'));
    expect(formatValue('2026-12-03T09:30:00.000Z', 'date', 'UTC')).toBe(fmt({ dateStyle: 'medium' }, '2026-12-03T00:00:00Z'));
    // A day alone is that calendar day in every time zone.
    expect(formatValue('2026-12-04', 'datetime', 'Pacific/Honolulu')).toBe(fmt({ dateStyle: 'medium' }, '2026-12-04T00:00:00Z'));
    expect(formatValue('soon', 'datetime')).toBe('soon');
    expect(formatDate({}, true)).toBeNull();
    expect(formatValue(true, 'boolean')).toBe('Yes');
  });

  it('links only http(s) addresses', () => {
    expect(linkOf({ u: 'https://x.test/a' }, { key: 'u', label: 'U', path: ['u'], format: 'url' })).toBe('https://x.test/a');
    expect(linkOf({ u: 'javascript:alert(1)' }, { key: 'u', label: 'U', path: ['u'], format: 'url' })).toBeNull();
    expect(linkOf({ t: 'T', l: 'http://x.test' }, { key: 't', label: 'T', path: ['t'], link: ['l'] })).toBe('http://x.test');
    expect(linkOf({ u: 'https://x.test/a' }, { key: 'u', label: 'U', path: ['u'] })).toBeNull();
  });
});
