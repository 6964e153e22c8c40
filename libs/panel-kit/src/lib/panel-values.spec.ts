import { formatValue, isEmptyData, json, listAt, show, valueAt } from './panel-values';

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
});
