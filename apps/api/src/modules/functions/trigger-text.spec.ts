import { nextTick, scheduleProblem, triggerText } from './trigger-text';

describe('triggerText', () => {
  it.each([
    [{ type: 'event', event: 'ticket.created' }, 'When the app sends ticket.created'],
    [{ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' }, 'Every day at 18:00 (Europe/Paris)'],
    [{ type: 'schedule', cron: '0 9 * * 1-5' }, 'At 09:00, Monday through Friday (UTC)'],
    [{ type: 'schedule', cron: '*/15 * * * *', timezone: 'Asia/Tokyo' }, 'Every 15 minutes (Asia/Tokyo)'],
    [{ type: 'schedule', cron: 'not a cron' }, 'On the schedule "not a cron" (UTC)'],
    [{ type: 'http' }, 'When the app calls it'],
  ] as const)('%j → %s', (trigger, words) => {
    expect(triggerText({ ...trigger })).toBe(words);
  });
});

describe('scheduleProblem', () => {
  it('accepts five- and six-field crons in a known zone, refuses a bad cron or zone', () => {
    expect(scheduleProblem({ type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' })).toBeUndefined();
    expect(scheduleProblem({ type: 'schedule', cron: '*/1 * * * * *' })).toBeUndefined();
    expect(scheduleProblem({ type: 'schedule', cron: '99 99 * * *' })).toMatch(/not valid/);
    expect(scheduleProblem({ type: 'schedule', cron: '0 9 * * *', timezone: 'Mars/Olympus' })).toMatch(/Unknown time zone/);
    expect(scheduleProblem({ type: 'http' })).toBeUndefined();
  });
});

describe('nextTick', () => {
  it('reads the cron in its time zone, across a daylight-saving change', () => {
    // 18:00 in Paris is 17:00 UTC in winter and 16:00 UTC in summer (clocks went forward on 2026-03-29).
    expect(nextTick('0 18 * * *', 'Europe/Paris', new Date('2026-03-28T12:00:00Z')).toISOString()).toBe('2026-03-28T17:00:00.000Z');
    expect(nextTick('0 18 * * *', 'Europe/Paris', new Date('2026-03-29T12:00:00Z')).toISOString()).toBe('2026-03-29T16:00:00.000Z');
    expect(nextTick('*/1 * * * * *', 'UTC', new Date('2026-01-01T00:00:00.400Z')).toISOString()).toBe('2026-01-01T00:00:01.000Z');
  });
});
