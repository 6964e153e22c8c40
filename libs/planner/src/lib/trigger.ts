// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typings of the CommonJS language libraries (they ship none)
/// <reference path="./vendor.d.ts" />
/**
 * What starts a flow, read from the request: a schedule (cron built from chrono-node's reading of the time plus the
 * recurrence words; friendly-node-cron for "every N minutes/hours"), an event (`ticket.created`, from the clause after
 * "when…"), or an HTTP call (the app asks for data). cronstrue says the schedule in words.
 */
import * as chrono from 'chrono-node';
import * as translateCronNs from 'friendly-node-cron';
import { toString as cronToWords } from 'cronstrue';
import type { PlannedTrigger } from './plan-types';
import { cjs } from './interop';
import { canBeNoun, canBeVerb, inDictionary, lemma, pastParticiple, type Token } from './text';

const translateCron = cjs(translateCronNs);
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

let zoneList: string[] | undefined;
let cityZones: Map<string, string> | undefined;
function zones(): string[] {
  if (!zoneList) {
    const intl = Intl as unknown as { supportedValuesOf?: (k: string) => string[] };
    zoneList = intl.supportedValuesOf ? intl.supportedValuesOf('timeZone') : [];
    if (!zoneList.includes('UTC')) zoneList.push('UTC');
    cityZones = new Map();
    for (const z of zoneList) {
      const city = z.split('/').pop();
      if (city && z.includes('/')) cityZones.set(city.replace(/_/g, ' ').toLowerCase(), z);
    }
  }
  return zoneList;
}

/** True when `tz` is an IANA zone this runtime knows. */
export function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A zone named in the text: `Europe/Berlin`, `Paris time`, `in New York time`, `UTC`/`GMT`. Returns [zone, the words]. */
export function zoneInText(text: string): [string, string] | undefined {
  const iana = /\b([A-Z][A-Za-z]+(?:\/[A-Z][A-Za-z_-]+){1,2})\b/.exec(text);
  if (iana && isTimeZone(iana[1])) {
    const canonical = zones().find((z) => z.toLowerCase() === iana[1].toLowerCase()) ?? iana[1];
    return [canonical, iana[1]];
  }
  const city = /\b((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+) time\b/.exec(text);
  if (city) {
    zones();
    const words = city[1].split(' ');
    for (let i = 0; i < words.length; i++) {
      const z = cityZones?.get(words.slice(i).join(' ').toLowerCase());
      if (z) return [z, city[0]];
    }
  }
  const utc = /\b(UTC|GMT)\b/.exec(text);
  if (utc) return ['UTC', utc[1]];
  return undefined;
}

export interface ScheduleReading {
  cron: string;
  /** The words that made it a schedule. */
  words: string;
}

/** Reads a recurring schedule (`every Monday at 9`, `daily`, `each evening`, `once an hour`, `every 15 minutes`). */
export function readSchedule(text: string, ref: Date = new Date(0)): ScheduleReading | undefined {
  const t = text.toLowerCase();
  const interval = /\bevery\s+(\d{1,2})\s+(minute|hour)s?\b/.exec(t);
  if (interval) {
    const six = translateCron(`every ${interval[1]} ${interval[2]}s`);
    if (six) return { cron: six.split(' ').slice(1).join(' '), words: interval[0] };
  }
  const hourly = /\b(hourly|every hour|each hour|once an hour|once every hour)\b/.exec(t);
  if (hourly) return { cron: '0 * * * *', words: hourly[0] };

  let dow = '*';
  let dom = '*';
  let words: string | undefined;
  let defaultHour = 9;
  const weekdays = /\b(?:every|each) weekday\b|\bweekdays\b|\b(?:monday|mon) (?:through|to|-) (?:friday|fri)\b|\bworking days?\b/.exec(t);
  const day = new RegExp(`\\b(?:every|each|on)\\s+(${WEEKDAYS.join('|')})s?\\b|\\b(${WEEKDAYS.join('|')})s\\b`).exec(t);
  const weekly = /\b(weekly|every week|each week|once a week|per week)\b/.exec(t);
  const monthly = /\b(monthly|every month|each month|once a month|per month|first (?:day )?of (?:every|each|the) month)\b/.exec(t);
  const daily =
    /\b(daily|every day|each day|per day|once a day|nightly|every night|each night|every (?:morning|evening|afternoon)|each (?:morning|evening|afternoon)|(?:at the )?end of (?:each|every|the) (?:work)?day)\b/.exec(
      t,
    );
  if (weekdays) {
    dow = '1-5';
    words = weekdays[0];
  } else if (day) {
    dow = String(WEEKDAYS.indexOf(day[1] ?? day[2]));
    words = day[0];
  } else if (weekly) {
    dow = '1';
    words = weekly[0];
  } else if (monthly) {
    dom = '1';
    words = monthly[0];
  } else if (daily) {
    words = daily[0];
    if (/end of/.test(daily[0])) defaultHour = 18;
  }
  if (!words) return undefined;
  let hour = defaultHour;
  let minute = 0;
  for (const r of chrono.parse(text, ref)) {
    if (r.start.isCertain('hour')) {
      hour = r.start.get('hour') ?? hour;
      minute = r.start.isCertain('minute') ? (r.start.get('minute') ?? 0) : 0;
      words = `${words} ${r.text}`;
      break;
    }
    // "every evening", "each morning": chrono's usual hour for the part of the day.
    if (/morning|evening|night|afternoon|noon|midnight/.test(r.text.toLowerCase())) hour = r.start.get('hour') ?? hour;
  }
  return { cron: `${minute} ${hour} ${dom} * ${dow}`, words: words.trim() };
}

export function describeSchedule(cron: string, timezone: string): string {
  let words: string;
  try {
    words = cronToWords(cron, { use24HourTimeFormat: true, verbose: true });
  } catch {
    words = cron;
  }
  return `${words} (${timezone})`;
}

export function describeEvent(event: string): string {
  return `When the app sends ${event}`;
}

export const HTTP_DESCRIPTION = 'When the app asks for it (an HTTP call to the function)';

// ---- events --------------------------------------------------------------------------------------------------------

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'new',
  'each',
  'every',
  'any',
  'some',
  'my',
  'our',
  'their',
  'your',
  'his',
  'her',
  'its',
  'this',
  'that',
  'another',
  'one',
  'of',
]);
const PRONOUNS = new Set([
  'someone',
  'somebody',
  'anyone',
  'anybody',
  'i',
  'we',
  'you',
  'they',
  'he',
  'she',
  'it',
  'something',
  'anything',
  'people',
  'them',
  'who',
  'one',
]);
const AUX = new Set(['is', 'are', 'was', 'were', 'gets', 'get', 'got', 'be', 'been', 'being', 'has', 'have', 'had', 'becomes', 'become']);
const PARTICLES = new Set(['up', 'in', 'out', 'off', 'down', 'over', 'back']);
const PREPOSITIONS = new Set(['for', 'to', 'into', 'on', 'in', 'at', 'from', 'with', 'through', 'by', 'of']);
/** Words that start the clause saying what happened (`when`, `whenever`, `every time`, `each time`, `after`, `before`, `as soon as`, `for every`). */
export function eventMarkers(tokens: Token[]): Array<{ start: number; words: string }> {
  const out: Array<{ start: number; words: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i].lower;
    const next = tokens[i + 1]?.lower;
    const next2 = tokens[i + 2]?.lower;
    if (w === 'when' || w === 'whenever' || w === 'after' || w === 'before') out.push({ start: i + 1, words: tokens[i].raw });
    else if ((w === 'every' || w === 'each') && next === 'time') out.push({ start: i + 2, words: `${w} time` });
    else if (w === 'as' && next === 'soon' && next2 === 'as') out.push({ start: i + 3, words: 'as soon as' });
    else if ((w === 'for' || w === 'on') && (next === 'every' || next === 'each') && next2 !== 'time' && !isTimeWord(next2)) {
      out.push({ start: i + 2, words: `${w} ${next}` });
    }
  }
  return out;
}

function isTimeWord(w: string | undefined): boolean {
  return (
    !!w &&
    /^(minute|hour|day|night|morning|evening|afternoon|week|weekday|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/.test(w)
  );
}

function isNounish(t: Token | undefined): boolean {
  return (
    !!t &&
    t.tag === 'word' &&
    !DETERMINERS.has(t.lower) &&
    !AUX.has(t.lower) &&
    !PREPOSITIONS.has(t.lower) &&
    !PRONOUNS.has(t.lower) &&
    // Words the dictionary lacks (PDF, SKU, product names) are names of things.
    (canBeNoun(t.lower) || !inDictionary(t.lower))
  );
}

const POSSESSIVES = new Set(['my', 'our', 'their', 'your', 'his', 'her', 'its']);

/** Clause end: punctuation, or a conjunction that starts the next clause. */
function clauseEnd(tokens: Token[], from: number): number {
  for (let i = from; i < tokens.length; i++) {
    if (tokens[i].tag === 'punctuation' && /[,.;:!?]/.test(tokens[i].raw)) return i;
    if (tokens[i].lower === 'then') return i;
  }
  return tokens.length;
}

function nounPhrase(tokens: Token[], i: number, end: number): { words: string[]; next: number } {
  const words: string[] = [];
  while (i < end && (DETERMINERS.has(tokens[i].lower) || /^(daily|weekly|monthly|yearly|hourly|nightly)$/.test(tokens[i].lower))) i++;
  while (i < end && isNounish(tokens[i])) {
    const t = tokens[i];
    const after = tokens[i + 1];
    // A word that can be a verb ends the phrase when it is inflected like one or is followed by what follows verbs.
    if (
      words.length > 0 &&
      canBeVerb(t.lower) &&
      (/(s|ed)$/.test(t.lower) || !after || i + 1 >= end || DETERMINERS.has(after.lower) || PARTICLES.has(after.lower))
    ) {
      break;
    }
    // Plurals become singular ("orders" → order); "data" stays data.
    words.push(/s$/.test(t.lower) ? lemma(t.lower) : t.lower);
    i++;
  }
  return { words, next: i };
}

function eventPart(words: string[]): string {
  return words
    .join('_')
    .replace(/[^a-z0-9_]/g, '')
    .replace(/_+/g, '_')
    .replace(/^_|_$/g, '');
}

export interface EventReading {
  event: string;
  /** Token range of the clause [from, to). */
  from: number;
  to: number;
  words: string;
}

/** `when a new ticket is created` → `ticket.created`; `whenever someone books a slot` → `slot.booked`. */
export function readEvent(tokens: Token[]): EventReading | undefined {
  for (const m of eventMarkers(tokens)) {
    const end = clauseEnd(tokens, m.start);
    let i = m.start;
    while (i < end && DETERMINERS.has(tokens[i].lower)) i++;
    let subject: string[] = [];
    // "before confirming a booking": a gerund, no subject.
    const gerund = i === m.start && i < end && /ing$/.test(tokens[i].lower) && canBeVerb(tokens[i].lower);
    if (gerund) {
      /* the verb is read below */
    } else if (i < end && PRONOUNS.has(tokens[i].lower)) i++;
    else {
      const np = nounPhrase(tokens, i, end);
      subject = np.words;
      i = np.next;
    }
    if (i < end && (tokens[i].lower === 'who' || tokens[i].lower === 'that')) i++;
    let verb: string | undefined;
    let passive = false;
    if (i < end && AUX.has(tokens[i].lower)) {
      passive = true;
      i++;
      while (i < end && (AUX.has(tokens[i].lower) || /^(already|just|now|finally|fully)$/.test(tokens[i].lower))) i++;
    }
    if (i < end && tokens[i].tag === 'word' && canBeVerb(tokens[i].lower)) {
      verb = passive && /ing$/.test(tokens[i].lower) ? tokens[i].lower : pastParticiple(tokens[i].lower);
      i++;
      const after = tokens[i + 1];
      if (i < end && PARTICLES.has(tokens[i].lower) && (i + 1 >= end || !after || PREPOSITIONS.has(after.lower))) {
        verb = `${verb}_${tokens[i].lower}`;
        i++;
      } else if (i < end && !passive && PARTICLES.has(tokens[i].lower) && after && DETERMINERS.has(after.lower) && !POSSESSIVES.has(after.lower)) {
        verb = `${verb}_${tokens[i].lower}`;
        i++;
      }
    }
    let object: string[] = [];
    if (verb && !passive) {
      let j = i;
      // "pays for an order" → the order; "comes in through my app" → no object.
      if (j < end && tokens[j].lower === 'for' && !verb.includes('_')) j++;
      const np = nounPhrase(tokens, j, end);
      if (np.words.length && !np.words.every((w) => PRONOUNS.has(w))) object = np.words;
    }
    // "before sharing", "after that": no thing happened, no event.
    if (!object.length && !subject.length && /^(before|after)$/.test(m.words.toLowerCase())) continue;
    const noun = eventPart(object.length ? object : subject.length ? subject : ['item']);
    const what = verb ? eventPart([verb]) : 'created';
    if (!noun) continue;
    const words = tokens
      .slice(m.start - m.words.split(' ').length, end)
      .map((t) => t.raw)
      .join(' ');
    return { event: `${noun}.${what}`, from: m.start, to: end, words };
  }
  return undefined;
}

/** No "when" clause: `Sync new leads into …` → `lead.created` (the thing the request is about, just made). */
export function impliedEvent(tokens: Token[], verbIndex: number): string {
  const newAt = tokens.findIndex((t) => t.lower === 'new');
  if (newAt >= 0) {
    const np = nounPhrase(tokens, newAt + 1, clauseEnd(tokens, newAt + 1));
    if (np.words.length) return `${eventPart(np.words)}.created`;
  }
  if (verbIndex >= 0) {
    const end = clauseEnd(tokens, verbIndex + 1);
    let i = verbIndex + 1;
    // "Save generated PDF reports" → skip participles before the noun.
    while (i < end && /ed$/.test(tokens[i].lower) && !DETERMINERS.has(tokens[i].lower)) i++;
    const np = nounPhrase(tokens, i, end);
    if (np.words.length) return `${eventPart(np.words.slice(-2))}.created`;
  }
  return 'request.received';
}

export function buildTrigger(kind: 'event' | 'schedule' | 'http', opts: { event?: string; cron?: string; timezone: string }): PlannedTrigger {
  if (kind === 'schedule' && opts.cron)
    return { type: 'schedule', cron: opts.cron, timezone: opts.timezone, description: describeSchedule(opts.cron, opts.timezone) };
  if (kind === 'event' && opts.event) return { type: 'event', event: opts.event, description: describeEvent(opts.event) };
  return { type: 'http', description: HTTP_DESCRIPTION };
}
