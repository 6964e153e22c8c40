// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- the typings of the CommonJS language libraries (they ship none)
/// <reference path="./vendor.d.ts" />
/**
 * Language helpers: tokens (wink-nlp-utils), lemmas (wink-lemmatizer), parts of speech from WordNet's lexicographer
 * files (wink-lexicon, the lemmatizer's own data). English words only — nothing here knows a provider or operation.
 */
import * as lemmatizerNs from 'wink-lemmatizer';
import * as nlpNs from 'wink-nlp-utils';
import * as wnWordsNs from 'wink-lexicon/src/wn-words.js';
import * as wnSensesNs from 'wink-lexicon/src/wn-word-senses.js';
import { cjs } from './interop';

const lemmatizer = cjs(lemmatizerNs);
const nlp = cjs(nlpNs);
const wnWords = cjs(wnWordsNs);
const wnSenses = cjs(wnSensesNs);

export interface Token {
  /** As typed. */
  raw: string;
  /** Lower case. */
  lower: string;
  /** Lemma of the lower-case form (noun lemma first, then verb). */
  lemma: string;
  tag: string;
  /** Index of the character in the message where the token starts (approximate: first occurrence after the previous token). */
  at: number;
}

const lemmaMemo = new Map<string, string>();

/** `bookings` → `booking`, `published` → `publish`, `leads` → `lead`. */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  let l = lemmaMemo.get(w);
  if (l !== undefined) return l;
  if (!/^[a-z][a-z'-]*$/.test(w)) l = w;
  else {
    const n = lemmatizer.noun(w);
    l = n !== w ? n : lemmatizer.verb(w);
    // Words the lexicon only knows in another form keep their lemma; "data"/"news" stay.
    if (!l) l = w;
  }
  if (lemmaMemo.size < 50_000) lemmaMemo.set(w, l);
  return l;
}

/** Word tokens with their lemmas, punctuation kept (clause boundaries matter), positions into the message. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  for (const t of nlp.string.tokenize(text, true)) {
    const at = text.indexOf(t.value, cursor);
    if (at >= 0) cursor = at + t.value.length;
    if (t.value === "'s" || t.value === '’s') continue;
    const lower = t.value.toLowerCase();
    out.push({ raw: t.value, lower, lemma: t.tag === 'word' ? lemma(lower) : lower, tag: t.tag, at: at >= 0 ? at : cursor });
  }
  return out;
}

/** Function words left out of the ranking (the ranking is about content words). */
const STOP = new Set(
  (
    'a an the and or but if of to in into on onto at by for from with without about as is are was were be been being am do does did ' +
    'it its this that these those there here i me my mine we us our ours you your yours he she they them their his her him ' +
    'so than then too very can could should would will shall may might must just also only not no yes all any some each every ' +
    'which who whom whose what when whenever where while how why up out over under again once s t'
  ).split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP.has(word);
}

/** Content lemmas of a text, for the ranking index (both documents and queries go through this). */
export function contentLemmas(text: string): string[] {
  const out: string[] = [];
  for (const raw of nlp.string.tokenize0(splitIdentifiers(text))) {
    const w = raw.toLowerCase();
    if (w.length < 2 || STOP.has(w) || /^\d+$/.test(w)) continue;
    out.push(lemma(w));
  }
  return out;
}

/** `chat.postMessage` → `chat post Message`, `files.createFolder` → `files create Folder`, `user_id` → `user id`. */
export function splitIdentifiers(text: string): string {
  return text.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[._/{}:]+/g, ' ');
}

// WordNet lexicographer file numbers: 3–28 are noun files, 29–43 verb files.
function senses(word: string): number[] {
  const id = wnWords[word];
  return id === undefined ? [] : (wnSenses[id] ?? []);
}

/** True when WordNet knows the word (in this form or as a lemma). */
export function inDictionary(word: string): boolean {
  const w = word.toLowerCase();
  return wnWords[w] !== undefined || wnWords[lemma(w)] !== undefined;
}

export function canBeNoun(word: string): boolean {
  return senses(lemma(word)).some((s) => s >= 3 && s <= 28) || senses(word).some((s) => s >= 3 && s <= 28);
}

export function canBeVerb(word: string): boolean {
  const v = lemmatizer.verb(word.toLowerCase());
  return senses(v).some((s) => s >= 29 && s <= 43);
}

/** The lemma of a word as a verb (`books` → `book`, `made` → `make`). */
export function verbLemma(word: string): string {
  return lemmatizer.verb(word.toLowerCase());
}

/** A small English past participle: irregular verbs that appear in requests, else the regular spelling rules. */
const IRREGULAR_PARTICIPLES: Record<string, string> = {
  make: 'made',
  buy: 'bought',
  pay: 'paid',
  send: 'sent',
  sell: 'sold',
  come: 'come',
  go: 'gone',
  write: 'written',
  take: 'taken',
  give: 'given',
  get: 'got',
  set: 'set',
  put: 'put',
  put_up: 'put_up',
  begin: 'begun',
  leave: 'left',
  build: 'built',
  find: 'found',
  hold: 'held',
  meet: 'met',
  run: 'run',
  win: 'won',
  lose: 'lost',
  shut: 'shut',
  upload: 'uploaded',
  sign: 'signed',
  do: 'done',
  see: 'seen',
  break: 'broken',
  choose: 'chosen',
  bring: 'brought',
};

export function pastParticiple(word: string): string {
  const w = word.toLowerCase();
  if (/(ed|en)$/.test(w) && canBeVerb(w) && verbLemma(w) !== w) return w;
  const v = verbLemma(w);
  const irregular = IRREGULAR_PARTICIPLES[v];
  if (irregular) return irregular;
  if (/e$/.test(v)) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(v)) return `${v}${v.slice(-1)}ed`;
  return `${v}ed`;
}

/** Lower-case, hyphenated name of a few words: `Post to #support on ticket.created` → `post-to-support-on-ticket-created`. */
export function slug(text: string, maxWords = 8): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter(Boolean)
      .slice(0, maxWords)
      .join('-') || 'function'
  );
}
