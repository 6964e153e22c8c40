// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typings of the CommonJS language libraries (they ship none)
/// <reference path="./vendor.d.ts" />
/**
 * The planner: a request in plain words → tools, operations, least-privilege scopes and a trigger, from the catalog
 * model alone. Everything it knows about tools comes from the catalog (names, aliases, keywords, categories, operation
 * summaries/descriptions, input schemas, scope descriptions, example prompts); the code only knows English.
 *
 * - Ranking: BM25F (wink-bm25-text-search) over one document per operation, lemmatised (wink-lemmatizer).
 * - Tools named in the request (name or alias, or a word of the name no other tool has) are used as named; a
 *   category named instead ("my CRM") with several tools in it is a question (the one connected tool wins).
 * - Read or write: the verb that governs the tool's mention (its clause's first verb), the preposition before it
 *   (`from` reads), and "keep/sync/put" resolved by where the data goes.
 * - Trigger: see trigger.ts.
 */
import * as bm25Ns from 'wink-bm25-text-search';
import type { Catalog, OperationModel, ProviderModel } from '@patchbay/spec';
import type {
  EditPlanResult,
  FunctionEdit,
  FunctionOutline,
  PlannedOperation,
  PlannedTrigger,
  PlannerConnectionState,
  PlanQuestion,
  PlanResult,
} from './plan-types';
import { cjs } from './interop';
import { channelsIn, extractParams, inputFor, namedValues, operationInputs, type OperationInput } from './params';
import { contentLemmas, inDictionary, isStopWord, lemma, slug, splitIdentifiers, tokenize, verbLemma, type Token } from './text';
import { buildTrigger, HTTP_DESCRIPTION, impliedEvent, isTimeZone, readEvent, readSchedule, zoneInText } from './trigger';

const bm25 = cjs(bm25Ns);

export interface PlanContext {
  connections?: PlannerConnectionState[];
  /** IANA zone for schedules when the request names none (default UTC). */
  timezone?: string;
}

export interface PlannerStats {
  providers: number;
  operations: number;
  /** Time spent building the index, in milliseconds. */
  buildMs: number;
}

export interface Planner {
  plan(message: string, ctx?: PlanContext): PlanResult;
  planEdit(message: string, outline: FunctionOutline, ctx?: PlanContext): EditPlanResult;
  readonly stats: PlannerStats;
}

/** Longest message the planner reads (longer input is cut; the API refuses it before). */
export const MAX_MESSAGE_CHARS = 4000;

// ---- English: what a verb asks for ------------------------------------------------------------------------------------

/** Verbs that change data at the tool. */
const WRITE_VERBS = new Set(
  (
    'post send create add update save write log notify share publish block append store upload back warn alert open generate build make ' +
    'push announce tell ping remind drop record insert change set move overwrite turn file submit book archive delete remove close mark ' +
    'message email fill upsert edit schedule register enter put_in let_know celebrate invite'
  ).split(' '),
);
/** Verbs that read data from the tool. */
const READ_VERBS = new Set(
  'show list display see view pull read fetch get import check find compare look count power visualize visualise track monitor retrieve search load preview bring refresh render'.split(
    ' ',
  ),
);
/** Verbs whose direction depends on where the data goes (`sync X into Y`). */
const NEUTRAL_VERBS = new Set('sync synchronise synchronize keep copy mirror put mirror connect integrate reflect'.split(' '));
/** Where data is shown in the app. */
const DISPLAY_NOUNS = new Set(
  'dashboard page screen view table grid gallery widget card list app home homepage site portal report panel chart'.split(' '),
);
const SKIP_BEFORE_MENTION = new Set([
  'my',
  'our',
  'the',
  'a',
  'an',
  'your',
  'their',
  'this',
  'that',
  'his',
  'her',
  'new',
  'directly',
  'straight',
  'specific',
  'chosen',
  'team',
  "team's",
]);
const TOOL_PREPOSITIONS = new Set(['to', 'into', 'in', 'on', 'onto', 'from', 'via', 'through', 'with', 'using', 'inside']);
const CLAUSE_STARTERS = new Set(['and', 'then', 'also', 'plus', 'but', 'so']);
/** Input names that hold the words a write sends (a chat message's `text`). */
const MESSAGE_INPUTS = new Set(['text', 'message']);
/** Words of time spans, left out when ranking a source's own words. */
const TIME_WORDS = new Set(
  'today tomorrow yesterday tonight day week weekend month year quarter hour minute morning afternoon evening night this next last past coming upcoming current monday tuesday wednesday thursday friday saturday sunday daily weekly monthly yearly'.split(
    ' ',
  ),
);
/** Where a write verb sends data: "post … to #team", "copy … into a sheet". */
const DESTINATION_PREPOSITIONS = new Set(['to', 'into', 'onto', 'in', 'on']);
/**
 * Verbs of operations that destroy or withdraw data at the provider. Such an operation is only planned when the request's
 * own verb is one of them: "post the list of this week's events" must never plan "delete an event".
 */
const DESTRUCTIVE_VERBS = new Set(['delete', 'remove', 'archive', 'cancel', 'trash', 'erase', 'clear', 'purge', 'destroy', 'revoke']);

type Intent = 'read' | 'write';

interface OpEntry {
  provider: ProviderEntry;
  op: OperationModel;
  inputs: OperationInput[];
  summaryVerb: string;
}

interface ProviderEntry {
  model: ProviderModel;
  /** Lemma sequences of the name and aliases. */
  names: string[][];
  /** Name lemmas no other tool's name has (`calendar`, `drive`). */
  partial: Set<string>;
  ops: OpEntry[];
  hasChannelInput: boolean;
  /** All lemmas of names, aliases and keywords (never an unknown tool). */
  vocabulary: Set<string>;
}

interface Mention {
  provider: ProviderEntry;
  /** Token index where the mention starts and ends (exclusive). */
  at: number;
  end: number;
  how: 'name' | 'partial' | 'channel' | 'ranking' | 'category';
}

function wordLemmas(text: string): string[] {
  return tokenize(text)
    .filter((t) => t.tag === 'word' || t.tag === 'number')
    .map((t) => t.lemma);
}

export function createPlanner(catalog: Catalog | ProviderModel[]): Planner {
  const started = performance.now();
  const models = Array.isArray(catalog) ? catalog : catalog.providers;
  const providers: ProviderEntry[] = models.map((model) => ({
    model,
    names: [model.name, ...(model.aliases ?? [])].map(wordLemmas).filter((n) => n.length > 0),
    partial: new Set(),
    ops: [],
    hasChannelInput: false,
    vocabulary: new Set([...contentLemmas([model.name, ...(model.aliases ?? []), ...(model.keywords ?? [])].join(' '))]),
  }));
  // A word of a tool's name that no other tool's name has identifies the tool alone ("calendar", "drive").
  const nameWordCount = new Map<string, number>();
  for (const p of providers) for (const w of new Set(p.names.flat())) nameWordCount.set(w, (nameWordCount.get(w) ?? 0) + 1);
  for (const p of providers) {
    for (const w of p.names.flat()) if (nameWordCount.get(w) === 1 && w.length >= 3 && !isStopWord(w)) p.partial.add(w);
  }

  const engine = bm25();
  engine.defineConfig({ fldWeights: { name: 3, vocab: 2, summary: 3, text: 1, examples: 2 }, bm25Params: { k1: 1.2, b: 0.5, k: 1 } });
  engine.definePrepTasks([(text: string) => contentLemmas(text)]);
  const entries: OpEntry[] = [];
  for (const p of providers) {
    const scopeWords = new Map(p.model.scopes.map((s) => [s.scope, s.description]));
    for (const op of p.model.operations) {
      const inputs = operationInputs(op);
      const entry: OpEntry = { provider: p, op, inputs, summaryVerb: lemma(op.summary.split(/\s+/)[0] ?? '') };
      p.ops.push(entry);
      if (inputFor(inputs, 'channel')) p.hasChannelInput = true;
      const examples = p.model.examplePrompts.filter((e) => e.operations.includes(op.id)).map((e) => e.prompt);
      engine.addDoc(
        {
          name: [p.model.name, ...(p.model.aliases ?? [])].join(' '),
          vocab: [p.model.category, ...(p.model.keywords ?? [])].join(' '),
          summary: `${op.summary} ${splitIdentifiers(op.id)}`,
          text: [
            p.model.description,
            op.description ?? '',
            ...op.requiredScopes.map((s) => scopeWords.get(s) ?? ''),
            ...inputs.map((i) => splitIdentifiers(i.name)),
          ].join(' '),
          examples: examples.join(' '),
        },
        String(entries.length),
      );
      entries.push(entry);
    }
  }
  // BM25 needs a few documents to weigh words; a tiny catalog gets empty fillers (never returned: they match nothing).
  for (let i = entries.length; i < 3; i++) engine.addDoc({ name: 'zzfiller', vocab: '', summary: '', text: '', examples: '' }, `filler${i}`);
  engine.consolidate();

  const categories = new Map<string, ProviderEntry[]>();
  for (const p of providers) {
    const key = wordLemmas(p.model.category).join(' ');
    if (!key) continue;
    categories.set(key, [...(categories.get(key) ?? []), p]);
  }
  const allVocabulary = new Set<string>();
  for (const p of providers) for (const w of p.vocabulary) allVocabulary.add(w);

  const stats: PlannerStats = { providers: providers.length, operations: entries.length, buildMs: performance.now() - started };

  // ---- reading the request ----------------------------------------------------------------------------------------

  function rank(text: string): Map<OpEntry, number> {
    const scores = new Map<OpEntry, number>();
    for (const [id, score] of engine.search(text, entries.length + 3)) {
      const e = entries[Number(id)];
      if (e) scores.set(e, score);
    }
    return scores;
  }

  function findMentions(tokens: Token[]): Mention[] {
    const out: Mention[] = [];
    const seen = new Set<ProviderEntry>();
    const taken = new Set<number>();
    // Full names and aliases first (longest first), then distinctive name words.
    const candidates: Array<{ p: ProviderEntry; seq: string[] }> = [];
    for (const p of providers) for (const seq of p.names) candidates.push({ p, seq });
    candidates.sort((a, b) => b.seq.length - a.seq.length);
    for (const { p, seq } of candidates) {
      for (let i = 0; i + seq.length <= tokens.length; i++) {
        if (seq.every((w, k) => tokens[i + k].lemma === w || tokens[i + k].lower === w) && !seq.some((_, k) => taken.has(i + k))) {
          for (let k = 0; k < seq.length; k++) taken.add(i + k);
          if (!seen.has(p)) {
            seen.add(p);
            out.push({ provider: p, at: i, end: i + seq.length, how: 'name' });
          }
        }
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      for (const p of providers) {
        if (!seen.has(p) && p.partial.has(tokens[i].lemma)) {
          seen.add(p);
          out.push({ provider: p, at: i, end: i + 1, how: 'partial' });
        }
      }
    }
    return out.sort((a, b) => a.at - b.at);
  }

  function categoryMention(tokens: Token[]): { name: string; providers: ProviderEntry[] } | undefined {
    for (const [key, ps] of categories) {
      if (ps.length < 2) continue;
      const seq = key.split(' ');
      for (let i = 0; i + seq.length <= tokens.length; i++) {
        if (seq.every((w, k) => tokens[i + k].lemma === w)) return { name: ps[0].model.category, providers: ps };
      }
    }
    return undefined;
  }

  /** Capitalised words that name no tool of the catalog, in a place a tool goes ("to Jira", "in Trello", "a Mailchimp list"). */
  function unknownTools(text: string, tokens: Token[], mentions: Mention[]): string[] {
    const quoted: Array<[number, number]> = [];
    for (const m of text.matchAll(/["“‘]([^"”’\n]{1,100})["”’]/g)) quoted.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
    const zone = zoneInText(text);
    const covered = new Set<number>();
    for (const m of mentions) for (let i = m.at; i < m.end; i++) covered.add(i);
    const out: string[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      if (covered.has(i) || t.tag !== 'word' || !/^[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*$/.test(t.raw) || /^[A-Z]{2,}s$/.test(t.raw)) continue;
      const prev = tokens[i - 1];
      if (prev.tag === 'punctuation' && /[.!?]/.test(prev.raw)) continue;
      if (quoted.some(([a, b]) => t.at >= a && t.at < b)) continue;
      if (zone && zone[1].includes(t.raw)) continue;
      if (
        allVocabulary.has(t.lemma) ||
        /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|i)$/.test(
          t.lower,
        )
      )
        continue;
      let j = i - 1;
      while (j >= 0 && SKIP_BEFORE_MENTION.has(tokens[j].lower)) j--;
      const toolPlace = j >= 0 && TOOL_PREPOSITIONS.has(tokens[j].lower);
      if (!inDictionary(t.lower) || toolPlace) {
        // A run of capitalised words is one name ("Microsoft Teams").
        let name = t.raw;
        while (i + 1 < tokens.length && /^[A-Z]/.test(tokens[i + 1].raw) && tokens[i + 1].tag === 'word' && !covered.has(i + 1))
          name += ` ${tokens[++i].raw}`;
        if (!out.includes(name)) out.push(name);
      }
    }
    return out;
  }

  function clauseVerb(tokens: Token[], before: number): { verb?: string; index: number } {
    // The first intent verb of the clause the mention is in (clauses start at punctuation or "and/then…").
    let start = 0;
    for (let i = before - 1; i >= 0; i--) {
      const t = tokens[i];
      if ((t.tag === 'punctuation' && /[,.;:!?]/.test(t.raw)) || CLAUSE_STARTERS.has(t.lower)) {
        // Only a boundary when an intent verb follows it before the mention.
        const v = firstVerb(tokens, i + 1, before);
        if (v.verb) return v;
      }
      start = i;
    }
    const v = firstVerb(tokens, start, before);
    if (v.verb) return v;
    // Nothing before the mention: the request's first intent verb anywhere ("Slack me when…" is rare).
    return firstVerb(tokens, 0, tokens.length);
  }

  function firstVerb(tokens: Token[], from: number, to: number): { verb?: string; index: number } {
    for (let i = from; i < to; i++) {
      const l = verbOf(tokens, i);
      if (l) return { verb: l, index: i };
    }
    return { index: -1 };
  }

  function verbOf(tokens: Token[], i: number): string | undefined {
    const t = tokens[i];
    if (t.tag !== 'word') return undefined;
    const l = lemmaAsVerb(t.lower);
    if (l === 'put' && tokens[i + 1]?.lower === 'in') return 'put_in';
    if (l === 'let' && tokens.slice(i + 1, i + 5).some((x) => x.lower === 'know')) return 'let_know';
    if (WRITE_VERBS.has(l) || READ_VERBS.has(l) || NEUTRAL_VERBS.has(l)) return l;
    return undefined;
  }

  function directionOf(tokens: Token[], mention: Mention, mentions: readonly Mention[]): Intent {
    let j = mention.at - 1;
    while (j >= 0 && SKIP_BEFORE_MENTION.has(tokens[j].lower)) j--;
    const prep = j >= 0 ? tokens[j].lower : '';
    if (prep === 'from') return 'read';
    const { verb, index } = clauseVerb(tokens, mention.at);
    if (verb && READ_VERBS.has(verb)) return 'read';
    // "post the list of this week's calendar events to #team": the write verb's destination is another tool named
    // later in the clause (after to/into/onto/in/on), so this tool is where the data comes from.
    if (verb && WRITE_VERBS.has(verb) && index < mention.at && destinationAfter(tokens, mention, mentions)) return 'read';
    if (verb && WRITE_VERBS.has(verb)) return 'write';
    // Neutral verb (sync, keep, put) or none: the tool is the destination when a preposition points at it, or when a
    // write verb follows it ("keep a sheet updated"); the source when the data goes on into the app ("sync X into a dashboard").
    if (prep === 'to' || prep === 'into' || prep === 'onto') return 'write';
    const end = Math.min(tokens.length, mention.end + 6);
    for (let i = mention.end; i < end; i++) {
      const l = lemmaAsVerb(tokens[i].lower);
      if (WRITE_VERBS.has(l) && /ed$/.test(tokens[i].lower)) return 'write';
      if (TOOL_PREPOSITIONS.has(tokens[i].lower)) {
        const rest = tokens.slice(i + 1, i + 6).map((t) => t.lemma);
        if (rest.some((w) => DISPLAY_NOUNS.has(w))) return 'read';
        return 'read';
      }
    }
    if (tokens.some((t) => DISPLAY_NOUNS.has(t.lemma)) && !verb) return 'read';
    return prep === 'in' || prep === 'on' ? 'write' : 'read';
  }

  /**
   * The verb that picks the operation: the clause's verb, except for a source read under a write verb ("post the list
   * of calendar events to #team"), where a read word between them ("list") speaks for the source, or nothing does.
   */
  function verbFor(tokens: Token[], intent: Intent, verb: string | undefined, index: number, mention: Mention): string | undefined {
    if (intent !== 'read' || !verb || !WRITE_VERBS.has(verb)) return verb;
    for (let i = Math.max(0, index + 1); i < mention.at; i++) if (READ_VERBS.has(tokens[i].lemma)) return tokens[i].lemma;
    return undefined;
  }

  /**
   * For a source read under a write verb, the ranking of the source's own words ("the list of this week's calendar
   * events"), not of the whole request, whose other words describe the destination and the schedule.
   */
  function scoresFor(tokens: Token[], intent: Intent, verb: string | undefined, index: number, mention: Mention): Map<OpEntry, number> | undefined {
    if (intent !== 'read' || !verb || !WRITE_VERBS.has(verb) || index < 0 || index >= mention.at) return undefined;
    let end = mention.end;
    while (
      end < tokens.length &&
      !DESTINATION_PREPOSITIONS.has(tokens[end].lower) &&
      !(tokens[end].tag === 'punctuation' && /[,.;:!?]/.test(tokens[end].raw))
    )
      end++;
    // Time words ("this week's") say when, not what: the schedule has them already.
    const words = tokens.slice(index + 1, end).filter((t) => !TIME_WORDS.has(t.lemma) && !TIME_WORDS.has(t.lower));
    return rank(words.map((t) => t.raw).join(' '));
  }

  /** Another tool's mention after `mention` in the same clause, introduced by a preposition of destination. */
  function destinationAfter(tokens: Token[], mention: Mention, mentions: readonly Mention[]): boolean {
    return mentions.some((other) => {
      if (other.provider === mention.provider || other.at < mention.end) return false;
      for (let i = mention.end; i < other.at; i++) {
        const t = tokens[i];
        if ((t.tag === 'punctuation' && /[,.;:!?]/.test(t.raw)) || CLAUSE_STARTERS.has(t.lower)) return false;
      }
      let k = other.at - 1;
      while (k >= mention.end && SKIP_BEFORE_MENTION.has(tokens[k].lower)) k--;
      return k >= mention.end && DESTINATION_PREPOSITIONS.has(tokens[k].lower);
    });
  }

  /** Deleting, archiving or cancelling at the provider: only when the request says so in those words. */
  function isDestructive(e: OpEntry): boolean {
    return e.op.method === 'delete' || DESTRUCTIVE_VERBS.has(e.summaryVerb);
  }

  function chooseOperation(p: ProviderEntry, intent: Intent, scores: Map<OpEntry, number>, verb?: string): OpEntry | undefined {
    const usable = p.ops.filter((e) => !e.op.deprecated && (!isDestructive(e) || (verb !== undefined && DESTRUCTIVE_VERBS.has(verb))));
    let pool = usable.filter((e) => e.op.readOnly === (intent === 'read'));
    if (!pool.length) pool = usable;
    let best: OpEntry | undefined;
    let bestScore = -Infinity;
    for (const e of pool) {
      let s = scores.get(e) ?? 0;
      if (verb && e.summaryVerb === verb) s += 1.5;
      // Least privilege breaks ties: fewer scopes first.
      s -= e.op.requiredScopes.length * 0.01;
      if (s > bestScore) {
        best = e;
        bestScore = s;
      }
    }
    return best;
  }

  function planned(e: OpEntry, text: string, queryLemmas: Set<string>, why: string): PlannedOperation {
    const params = extractParams(e.op, e.inputs, text, queryLemmas);
    const message = e.op.readOnly
      ? undefined
      : e.inputs.find((i) => MESSAGE_INPUTS.has(i.name) && i.schema['type'] === 'string' && i.key.split('.').length <= 2 && !(i.key in params));
    return {
      provider: e.provider.model.id,
      operationId: e.op.id,
      params,
      why,
      readOnly: e.op.readOnly,
      requiredScopes: [...e.op.requiredScopes],
      ...(message ? { messageInput: message.key } : {}),
    };
  }

  function whyFor(tokens: Token[], mention: Mention, verbIndex: number): string {
    const from = verbIndex >= 0 && verbIndex < mention.at ? verbIndex : mention.at;
    const to = Math.min(tokens.length, Math.max(mention.end, from + 1) + 3);
    const words: string[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (t.tag === 'punctuation' && /[,.;:!?]/.test(t.raw)) break;
      words.push(t.raw);
    }
    return `"${words.join(' ').replace(/ ([-/]) /g, '$1')}"`;
  }

  function timezoneFor(text: string, ctx?: PlanContext): string {
    const named = zoneInText(text);
    if (named) return named[0];
    if (ctx?.timezone && isTimeZone(ctx.timezone)) return ctx.timezone;
    return 'UTC';
  }

  function readTrigger(text: string, tokens: Token[], ops: PlannedOperation[], mainVerbIndex: number, ctx?: PlanContext): PlannedTrigger {
    const timezone = timezoneFor(text, ctx);
    const event = readEvent(tokens);
    // Time words inside the "when…" clause describe the thing, not the schedule ("when a monthly report is generated").
    let outside = text;
    if (event) {
      const a = tokens[Math.max(0, event.from - 1)]?.at ?? 0;
      const last = tokens[event.to - 1];
      const b = last ? last.at + last.raw.length : text.length;
      outside = `${text.slice(0, a)} ${text.slice(b)}`;
    }
    const schedule = readSchedule(outside);
    if (schedule) return buildTrigger('schedule', { cron: schedule.cron, timezone });
    if (event) return buildTrigger('event', { event: event.event, timezone });
    if (ops.length && ops.every((o) => o.readOnly)) return buildTrigger('http', { timezone });
    return buildTrigger('event', { event: impliedEvent(tokens, mainVerbIndex), timezone });
  }

  function connectionOf(ctx: PlanContext | undefined, id: string): PlannerConnectionState | undefined {
    return ctx?.connections?.find((c) => c.provider === id);
  }

  function toolList(): string {
    return providers.map((p) => p.model.name).join(', ');
  }

  function functionNameFor(ops: PlannedOperation[], trigger: PlannedTrigger): string {
    const first = ops[0];
    if (!first) return 'function';
    const entry = entries.find((e) => e.provider.model.id === first.provider && e.op.id === first.operationId);
    const verb = entry?.op.summary.split(/\s+/)[0] ?? 'run';
    const channel = Object.values(first.params).find((v) => typeof v === 'string' && v.startsWith('#'));
    const target =
      typeof channel === 'string'
        ? `to ${channel.slice(1)}`
        : `${ops
            .map((o) => o.provider)
            .filter((v, i, a) => a.indexOf(v) === i)
            .join(' ')}`;
    const when = trigger.type === 'event' ? `on ${trigger.event}` : trigger.type === 'schedule' ? 'on schedule' : 'on request';
    return slug(`${verb} ${target} ${when}`, 10);
  }

  function emptyTrigger(): PlannedTrigger {
    return { type: 'http', description: HTTP_DESCRIPTION };
  }

  // ---- plan ---------------------------------------------------------------------------------------------------------

  function plan(message: string, ctx?: PlanContext): PlanResult {
    const text = (typeof message === 'string' ? message : '').slice(0, MAX_MESSAGE_CHARS).replace(/\s+/g, ' ').trim();
    const tokens = tokenize(text);
    const queryLemmas = new Set(tokens.map((t) => t.lemma));
    const base = { providers: [] as string[], operations: [] as PlannedOperation[], trigger: emptyTrigger(), functionName: 'function' };
    if (!tokens.some((t) => t.tag === 'word' && /[a-z]{2,}/i.test(t.raw))) {
      return { ...base, kind: 'unclear', reply: `Tell me what your app should do, in a sentence — for example which tool (${toolList()}) and when.` };
    }

    const mentions = findMentions(tokens);
    // "Salesforce or HubSpot": the person has not decided yet.
    for (let k = 0; k + 1 < mentions.length; k++) {
      const between = tokens
        .slice(mentions[k].end, mentions[k + 1].at)
        .map((t) => t.lower)
        .filter((w) => w !== ',');
      if (between.length === 1 && between[0] === 'or') {
        const options = [mentions[k].provider, mentions[k + 1].provider];
        const connected = options.filter((p) => connectionOf(ctx, p.model.id));
        if (connected.length === 1) {
          mentions.splice(k, 2, { ...mentions[k], provider: connected[0] });
          break;
        }
        return question(base, options, `${options[0].model.name} or ${options[1].model.name}?`);
      }
    }
    const unknown = unknownTools(text, tokens, mentions);
    if (!mentions.length) {
      const category = categoryMention(tokens);
      if (category) {
        const connected = category.providers.filter((p) => connectionOf(ctx, p.model.id));
        if (connected.length === 1) {
          const at = tokens.findIndex((t) => wordLemmas(category.name).includes(t.lemma));
          mentions.push({ provider: connected[0], at: Math.max(0, at), end: Math.max(1, at + 1), how: 'category' });
        } else {
          const names = category.providers.map((p) => p.model.name);
          return question(
            base,
            category.providers,
            `Which ${category.name} do you mean: ${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}?`,
          );
        }
      }
    }
    if (unknown.length && !mentions.length) {
      return {
        ...base,
        kind: 'unknown_tool',
        reply:
          `${unknown.join(', ')} ${unknown.length > 1 ? 'are' : 'is'} not one of the tools I can connect. The tools available are: ${toolList()}. ` +
          `For another service, add a custom integration (Integrations → Custom integration: its base URL and API key), then call it from a function.`,
      };
    }
    // A #channel with no named tool that has channels: the tools whose operations take a channel.
    const channels = channelsIn(text);
    if (channels.length && !mentions.some((m) => m.provider.hasChannelInput)) {
      const at = tokens.findIndex((t) => t.raw.startsWith('#'));
      const withChannels = providers.filter((p) => p.hasChannelInput);
      if (withChannels.length === 1) mentions.push({ provider: withChannels[0], at: Math.max(0, at), end: Math.max(1, at + 1), how: 'channel' });
    }
    const scores = rank(text);
    if (!mentions.length) {
      // Nothing named: the best-ranked tool, when the ranking is clear enough.
      const byProvider = new Map<ProviderEntry, number>();
      for (const [e, s] of scores) byProvider.set(e.provider, Math.max(byProvider.get(e.provider) ?? 0, s));
      const ranked = [...byProvider.entries()].sort((a, b) => b[1] - a[1]);
      if (ranked.length && ranked[0][1] >= MIN_RANKING_SCORE) {
        const best = ranked[0][0];
        const op = [...scores.entries()].filter(([e]) => e.provider === best).sort((a, b) => b[1] - a[1])[0][0];
        const words = tokens.filter(
          (t) =>
            t.tag === 'word' &&
            contentLemmas(t.lower).some(
              (l) => op.provider.vocabulary.has(l) || contentLemmas(`${op.op.summary} ${op.op.description ?? ''}`).includes(l),
            ),
        );
        const at = words.length ? tokens.indexOf(words[0]) : 0;
        mentions.push({ provider: best, at, end: at + 1, how: 'ranking' });
      }
    }
    if (!mentions.length) {
      const example = providers.flatMap((p) => p.model.examplePrompts)[0]?.prompt;
      return {
        ...base,
        kind: 'unclear',
        reply: `I could not tell which tool this needs. The tools available are: ${toolList()}.${example ? ` Try for example: "${example}"` : ''}`,
      };
    }

    const operations: PlannedOperation[] = [];
    let mainVerbIndex = -1;
    for (const m of mentions) {
      const { verb, index } = clauseVerb(tokens, m.at);
      if (mainVerbIndex < 0) mainVerbIndex = index;
      const intent = directionOf(tokens, m, mentions);
      const e = chooseOperation(m.provider, intent, scoresFor(tokens, intent, verb, index, m) ?? scores, verbFor(tokens, intent, verb, index, m));
      if (!e) continue;
      operations.push(planned(e, text, queryLemmas, whyFor(tokens, m, index)));
    }
    if (!operations.length) {
      return { ...base, kind: 'unclear', reply: `The tools I found have no operations to use. The tools available are: ${toolList()}.` };
    }
    const trigger = readTrigger(text, tokens, operations, mainVerbIndex, ctx);
    const providerIds = [...new Set(operations.map((o) => o.provider))];
    const names = providerIds.map((id) => providers.find((p) => p.model.id === id)?.model.name ?? id);
    const steps = operations.map((o) => {
      const e = entries.find((x) => x.provider.model.id === o.provider && x.op.id === o.operationId);
      return `${(e?.op.summary ?? o.operationId).replace(/\.$/, '').toLowerCase()} (${e?.provider.model.name ?? o.provider})`;
    });
    const missing = providerIds.filter((id) => connectionOf(ctx, id)?.status !== 'active');
    let reply = `${trigger.description}: ${steps.join(', then ')}.`;
    if (unknown.length)
      reply += ` ${unknown.join(', ')} is not a tool I can connect; add it as a custom integration (Integrations → Custom integration).`;
    if (missing.length)
      reply += ` ${missing.map((id) => names[providerIds.indexOf(id)]).join(' and ')} ${missing.length > 1 ? 'need' : 'needs'} your approval before this can run.`;
    return {
      kind: unknown.length ? 'unknown_tool' : 'plan',
      reply,
      providers: providerIds,
      operations,
      trigger,
      functionName: functionNameFor(operations, trigger),
    };
  }

  function question(base: Omit<PlanResult, 'kind' | 'reply'>, options: ProviderEntry[], text: string): PlanResult {
    const q: PlanQuestion = { text, options: options.map((p) => ({ id: p.model.id, label: p.model.name })) };
    return { ...base, kind: 'question', reply: `${text} Tell me which one and I will plan it.`, question: q };
  }

  // ---- edits ----------------------------------------------------------------------------------------------------------

  function planEdit(message: string, outline: FunctionOutline, ctx?: PlanContext): EditPlanResult {
    const text = (typeof message === 'string' ? message : '').slice(0, MAX_MESSAGE_CHARS).replace(/\s+/g, ' ').trim();
    const tokens = tokenize(text);
    const lower = text.toLowerCase();
    const mentions = findMentions(tokens);
    const edits: FunctionEdit[] = [];
    const said: string[] = [];
    const entryOf = (provider: string, operationId: string) => entries.find((e) => e.provider.model.id === provider && e.op.id === operationId);

    const removing = /\b(remove|delete|drop|get rid of|no longer|don't|do not|stop|without)\b/.test(lower);
    const adding = /\b(also|add|plus|as well|too|another|additionally|in addition)\b/.test(lower);
    const removed = new Set<number>();
    if (removing) {
      for (const m of mentions) {
        outline.steps.forEach((s, i) => {
          if (s.provider === m.provider.model.id) removed.add(i);
        });
      }
      for (const i of [...removed].sort((a, b) => b - a)) {
        edits.push({ kind: 'remove_step', step: i });
        said.push(
          `remove step ${i + 1} (${providers.find((p) => p.model.id === outline.steps[i].provider)?.model.name ?? outline.steps[i].provider})`,
        );
      }
    }
    const added = new Set<string>();
    if (adding && !removed.size) {
      const scores = rank(text);
      const queryLemmas = new Set(tokens.map((t) => t.lemma));
      for (const m of mentions) {
        const { verb, index } = clauseVerb(tokens, m.at);
        const intent = directionOf(tokens, m, mentions);
        const e = chooseOperation(m.provider, intent, scoresFor(tokens, intent, verb, index, m) ?? scores, verbFor(tokens, intent, verb, index, m));
        if (!e) continue;
        edits.push({ kind: 'add_step', operation: planned(e, text, queryLemmas, whyFor(tokens, m, index)) });
        added.add(m.provider.model.id);
        said.push(`add a step: ${e.op.summary.toLowerCase()} (${m.provider.model.name})`);
      }
    }
    // Literals: a #channel, a quoted value — on the step that has such an input (the named tool's step first).
    const steps = outline.steps.map((s, i) => ({ s, i, e: entryOf(s.provider, s.operationId) })).filter((x) => !removed.has(x.i));
    const preferred = (list: typeof steps) => {
      const named = list.filter((x) => mentions.some((m) => m.provider.model.id === x.s.provider));
      return named.length ? named : list;
    };
    const channels = channelsIn(text);
    if (channels.length && !added.size) {
      const target = preferred(steps).find((x) => x.e && inputFor(x.e.inputs, 'channel'));
      const input = target?.e ? inputFor(target.e.inputs, 'channel') : undefined;
      if (target && input) {
        edits.push({
          kind: 'set_param',
          step: target.i,
          param: input.key,
          value: channels[channels.length > 1 && /instead of/.test(lower) ? 0 : channels.length - 1],
        });
        said.push(`use ${channels[0]} in step ${target.i + 1}`);
      }
    }
    if (!added.size) {
      for (const v of namedValues(text)) {
        for (const x of preferred(steps)) {
          if (!x.e) continue;
          const input =
            (v.noun ? inputFor(x.e.inputs, v.noun) : undefined) ??
            x.e.inputs.find((i) => ['text', 'title', 'name', 'message', 'commentary', 'subject'].includes(i.name.toLowerCase()));
          if (input) {
            edits.push({ kind: 'set_param', step: x.i, param: input.key, value: v.value });
            said.push(`set ${input.name} to "${v.value}" in step ${x.i + 1}`);
            break;
          }
        }
      }
    }
    // Trigger: a schedule, an event clause, or "on request".
    const schedule = readSchedule(text);
    const event = readEvent(tokens);
    const timezone =
      timezoneFor(text, ctx) === 'UTC' && outline.trigger.timezone && !zoneInText(text) ? outline.trigger.timezone : timezoneFor(text, ctx);
    let trigger: PlannedTrigger | undefined;
    if (schedule) trigger = buildTrigger('schedule', { cron: schedule.cron, timezone });
    else if (event && !added.size) trigger = buildTrigger('event', { event: event.event, timezone });
    else if (/\b(on demand|on request|when (?:it is|it's) called|by hand|manually|http)\b/.test(lower)) trigger = buildTrigger('http', { timezone });
    else if (!schedule && zoneInText(text) && outline.trigger.type === 'schedule' && outline.trigger.cron) {
      trigger = buildTrigger('schedule', { cron: outline.trigger.cron, timezone: zoneInText(text)?.[0] ?? timezone });
    }
    if (trigger) {
      edits.push({ kind: 'set_trigger', trigger });
      said.push(`run ${trigger.description.charAt(0).toLowerCase()}${trigger.description.slice(1)}`);
    }
    if (!edits.length) {
      return {
        kind: 'question',
        reply:
          `I did not understand what to change in ${outline.name}. You can say for example "use #product-updates instead", ` +
          `"run every Monday at 9", "also create a page in ${providers[0]?.model.name ?? 'another tool'}" or "remove the step with ${providers.find((p) => p.model.id === outline.steps[0]?.provider)?.model.name ?? 'a tool'}".`,
        edits: [],
      };
    }
    return { kind: 'edit', reply: `I'll ${said.join(', ')}.`, edits };
  }

  return { plan, planEdit, stats };
}

/** Smallest BM25 score that lets the ranking alone pick a tool nobody named. */
const MIN_RANKING_SCORE = 2.5;

function lemmaAsVerb(word: string): string {
  const l = lemma(word);
  return WRITE_VERBS.has(l) || READ_VERBS.has(l) || NEUTRAL_VERBS.has(l) ? l : verbLemmaSafe(word);
}

function verbLemmaSafe(word: string): string {
  return /^[a-z]+$/.test(word) ? verbLemma(word) : word;
}
