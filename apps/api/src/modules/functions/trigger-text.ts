import { CronExpressionParser } from 'cron-parser';
import cronstrue from 'cronstrue';
import type { FunctionTriggerValue } from './entities/function.entity';

/** The time zone a schedule is read in when its trigger names none. */
export const DEFAULT_TIMEZONE = 'UTC';

/**
 * A function's trigger in words, as the dashboard shows it: "When the app sends ticket.created", "Every day at 18:00
 * (Europe/Paris)", "When the app calls it". The cron is described by cronstrue (24-hour clock) and the time zone it is
 * read in is always named, since "18:00" means nothing without it.
 */
export function triggerText(trigger: FunctionTriggerValue): string {
  if (trigger.type === 'event') return `When the app sends ${trigger.event ?? 'an event'}`;
  if (trigger.type === 'schedule') {
    const tz = trigger.timezone ?? DEFAULT_TIMEZONE;
    let words: string;
    try {
      words = cronstrue.toString(trigger.cron ?? '', { use24HourTimeFormat: true, throwExceptionOnParseError: true });
      // cronstrue says "At 18:00" for a daily time; the dashboard reads better with the day named.
      const daily = /^At (\d\d:\d\d)$/.exec(words);
      if (daily) words = `Every day at ${daily[1]}`;
    } catch {
      words = `On the schedule "${trigger.cron ?? ''}"`;
    }
    return `${words} (${tz})`;
  }
  return 'When the app calls it';
}

/** Why a schedule trigger cannot be run (bad cron or unknown time zone), or undefined when it can. */
export function scheduleProblem(trigger: FunctionTriggerValue): string | undefined {
  if (trigger.type !== 'schedule') return undefined;
  const tz = trigger.timezone ?? DEFAULT_TIMEZONE;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
  } catch {
    return `Unknown time zone "${tz}"`;
  }
  try {
    CronExpressionParser.parse(trigger.cron ?? '', { tz, strict: false });
  } catch (err) {
    return `The cron "${trigger.cron ?? ''}" is not valid: ${err instanceof Error ? err.message : String(err)}`;
  }
  return undefined;
}

/** The first tick of a schedule strictly after `after`, read in its time zone. */
export function nextTick(cron: string, timezone: string, after: Date): Date {
  const expr = CronExpressionParser.parse(cron, { tz: timezone, currentDate: after });
  return expr.next().toDate();
}
