// Minimal typings of the language libraries the planner uses (they ship none).
declare module 'wink-lemmatizer' {
  const lemmatizer: { noun(word: string): string; verb(word: string): string; adjective(word: string): string };
  export default lemmatizer;
}
declare module 'wink-nlp-utils' {
  const nlp: {
    string: { tokenize(text: string, detailed: true): Array<{ value: string; tag: string }>; tokenize0(text: string): string[] };
  };
  export default nlp;
}
declare module 'wink-bm25-text-search' {
  interface BM25 {
    defineConfig(cfg: { fldWeights: Record<string, number>; bm25Params?: { k1?: number; b?: number; k?: number }; ovFieldNames?: string[] }): boolean;
    definePrepTasks(tasks: Array<(input: string) => unknown>, field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(fp?: number): boolean;
    search(
      text: string,
      limit?: number,
      filter?: (ov: Record<string, string>, params: unknown) => boolean,
      params?: unknown,
    ): Array<[string, number]>;
  }
  function bm25(): BM25;
  export default bm25;
}
declare module 'wink-lexicon/src/wn-words.js' {
  const words: Record<string, number>;
  export default words;
}
declare module 'wink-lexicon/src/wn-word-senses.js' {
  const senses: Record<number, number[]>;
  export default senses;
}
declare module 'friendly-node-cron' {
  function translate(text: string): string | null;
  export default translate;
}
