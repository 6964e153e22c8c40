import { constrainsString, idForSchema, uuidFromSeed } from './id-generator';
import { hashHex, seededRng } from './path-utils';
import { sampleSchema } from './schema-sample';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const SALESFORCE = '^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$';

describe('ids honour the id schema', () => {
  it('format uuid → a version-4-shaped UUID, deterministic in its seed and distinct across seeds', () => {
    const a = idForSchema({ type: 'string', format: 'uuid' }, 'seed-1');
    expect(a).toMatch(UUID);
    expect(idForSchema({ type: 'string', format: 'uuid' }, 'seed-1')).toBe(a);
    expect(idForSchema({ type: 'string', format: 'uuid' }, 'seed-2')).not.toBe(a);
    const many = new Set(Array.from({ length: 200 }, (_, i) => uuidFromSeed(`s${i}`)));
    expect(many.size).toBe(200);
    for (const u of many) expect(u).toMatch(UUID);
  });

  it('without constraints the id stays 16 hex characters (the ids the sandbox always gave)', () => {
    expect(idForSchema(undefined, 'x')).toBe(hashHex('x', 16));
    expect(idForSchema({ type: 'string', example: 'abc' }, 'x')).toBe(hashHex('x', 16));
  });

  it('minLength / maxLength bound the length', () => {
    expect(idForSchema({ type: 'string', minLength: 24 }, 'x')).toHaveLength(24);
    expect(idForSchema({ type: 'string', maxLength: 10 }, 'x')).toHaveLength(10);
    expect(idForSchema({ type: 'string', minLength: 3, maxLength: 5 }, 'x')).toHaveLength(5);
  });

  it('a pattern is honoured: Salesforce 15/18 characters, digits only, a literal prefix, hex of a fixed length', () => {
    const cases = [SALESFORCE, '^[0-9]+$', '^cus_[A-Za-z0-9]{14}$', '^[0-9a-f]{24}$', '^[A-Z0-9]{10}$', '^urn:li:share:[0-9]+$'];
    for (const pattern of cases) {
      const re = new RegExp(pattern, 'u');
      for (let i = 0; i < 20; i++) {
        const id = idForSchema({ type: 'string', pattern }, `seed-${i}`);
        expect({ pattern, id, ok: re.test(id) }).toEqual({ pattern, id, ok: true });
      }
    }
    expect(idForSchema({ type: 'string', pattern: SALESFORCE }, 'a')).toHaveLength(18);
    expect(idForSchema({ type: 'string', pattern: SALESFORCE }, 'a')).toBe(idForSchema({ type: 'string', pattern: SALESFORCE }, 'a'));
  });

  it('pattern and length together; an unsatisfiable or invalid pattern falls back to the bounded hex id', () => {
    const id = idForSchema({ type: 'string', pattern: '^[a-z0-9]+$', minLength: 30, maxLength: 30 }, 'x');
    expect(id).toMatch(/^[a-z0-9]{30}$/);
    expect(idForSchema({ type: 'string', pattern: '^(?!.*)$' }, 'x')).toBe(hashHex('x', 16));
    expect(idForSchema({ type: 'string', pattern: '([' }, 'x')).toBe(hashHex('x', 16));
  });

  it('constrainsString: only string schemas that say something about shape', () => {
    expect(constrainsString({ type: 'string', format: 'uuid' })).toBe(true);
    expect(constrainsString({ type: 'string', pattern: 'x' })).toBe(true);
    expect(constrainsString({ maxLength: 3 })).toBe(true);
    expect(constrainsString({ type: 'string', example: 'x' })).toBe(false);
    expect(constrainsString({ type: 'integer', minimum: 1 })).toBe(false);
    expect(constrainsString(undefined)).toBe(false);
  });

  it('sampled id-like fields honour format and pattern too (nested references such as parent.page_id)', () => {
    const schema = {
      type: 'object',
      properties: { page_id: { type: 'string', format: 'uuid' }, recordId: { type: 'string', pattern: SALESFORCE }, id: { type: 'string' } },
    };
    const v = sampleSchema(schema, seededRng('t')) as Record<string, string>;
    expect(v['page_id']).toMatch(UUID);
    expect(v['recordId']).toMatch(new RegExp(SALESFORCE));
    expect(v['id']).toMatch(/^[0-9a-f]{16}$/);
  });
});
