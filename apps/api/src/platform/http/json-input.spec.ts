import { ApiException } from '../errors/api-exception';
import { assertAcceptableJson, findInvalidString, JSON_MAX_DEPTH } from './json-input';

function refusal(body: unknown): ReturnType<ApiException['toBody']>['error'] | undefined {
  try {
    assertAcceptableJson(body);
    return undefined;
  } catch (err) {
    return (err as ApiException).toBody().error;
  }
}

function nested(levels: number): unknown {
  let v: unknown = 1;
  for (let i = 0; i < levels; i++) v = i % 2 ? [v] : { a: v };
  return v;
}

describe('assertAcceptableJson', () => {
  it('admits bodies up to JSON_MAX_DEPTH levels and refuses one more with invalid_json', () => {
    expect(refusal(nested(JSON_MAX_DEPTH))).toBeUndefined();
    expect(refusal(nested(JSON_MAX_DEPTH + 1))).toEqual({
      code: 'invalid_json',
      message: 'The request body nests deeper than 64 levels (JSON_MAX_DEPTH)',
    });
  });

  it('walks a body nested far beyond the stack without overflowing it', () => {
    expect(refusal(JSON.parse(`${'['.repeat(200_000)}${']'.repeat(200_000)}`))?.code).toBe('invalid_json');
  });

  it('names the field holding a NUL or a lone surrogate, in values and in field names', () => {
    expect(refusal({ a: { b: ['ok', 'x\u0000'] } })).toEqual(
      expect.objectContaining({ code: 'validation_failed', details: [{ field: 'a.b.1', errors: ['must not contain NUL characters'] }] }),
    );
    expect(refusal({ email: '\udc00a' })?.details).toEqual([
      { field: 'email', errors: ['must be well-formed Unicode (it contains a lone UTF-16 surrogate)'] },
    ]);
    expect(refusal({ nested: { 'k\ud800': 1 } })?.details).toEqual([
      { field: 'nested', errors: [expect.stringMatching(/^field names must be well-formed/)] },
    ]);
  });

  it('admits well-formed pairs and ordinary control-free text', () => {
    expect(refusal({ name: 'emoji \ud83d\ude00', list: [null, true, 1.5, 'tab\tok'] })).toBeUndefined();
    expect(refusal(null)).toBeUndefined();
  });
});

describe('findInvalidString', () => {
  it('reports a bad top-level value under the given root name', () => {
    expect(findInvalidString('a\u0000', 'wait')).toEqual({ field: 'wait', errors: ['must not contain NUL characters'] });
    expect(findInvalidString({ q: 'ok' }, 'query')).toBeUndefined();
  });
});
