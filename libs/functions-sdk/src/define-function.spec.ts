import { defineFunction } from './index';

describe('defineFunction', () => {
  it('returns the definition itself (the isolate runtime supplies an equivalent identity)', async () => {
    const definition = {
      name: 'hello',
      trigger: { type: 'event' as const, event: 'ticket.created' },
      run: async (ctx: { input: Readonly<Record<string, unknown>> }) => ctx.input['who'],
    };
    const defined = defineFunction(definition);
    expect(defined).toBe(definition);
    expect(defined.trigger.event).toBe('ticket.created');
  });
});
