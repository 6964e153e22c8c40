import { readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';

export type ParseResult = { ok: true; data: unknown } | { ok: false; message: string };

/** 1-based line/column of a character offset, for JSON syntax errors (JSON.parse only reports a position). */
function lineColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lastNl = -1;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastNl = i;
    }
  }
  return { line, col: offset - lastNl };
}

/**
 * Parses YAML or JSON text. `.json` goes through JSON.parse (fast on multi-MB vendor specs); anything else through
 * `yaml` (YAML 1.2, a JSON superset). Errors carry the line so a maintainer can jump to it.
 */
export function parseText(rawText: string, fileName: string): ParseResult {
  // Editors on some platforms write a BOM; JSON.parse rejects it.
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  if (fileName.endsWith('.json')) {
    try {
      return { ok: true, data: JSON.parse(text) };
    } catch (e) {
      const msg = (e as Error).message;
      const m = /position (\d+)/.exec(msg);
      if (m) {
        const { line, col } = lineColumn(text, Number(m[1]));
        const reason = msg.replace(/ in JSON at position \d+.*$/, '');
        return { ok: false, message: `invalid JSON at line ${line}, column ${col}: ${reason}` };
      }
      return { ok: false, message: `invalid JSON: ${msg}` };
    }
  }
  // `merge: true`: vendor specs use YAML 1.1 merge keys (`<<: *base`) to share parameter blocks.
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true, merge: true });
  const err = doc.errors[0];
  if (err) {
    const pos = err.linePos?.[0];
    const where = pos ? ` at line ${pos.line}, column ${pos.col}` : '';
    const reason = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { ok: false, message: `invalid YAML${where}: ${reason}` };
  }
  try {
    // Aliases are legal YAML, but a billion-laughs document must not hang the loader: cap alias expansion.
    return { ok: true, data: doc.toJS({ maxAliasCount: 1000 }) };
  } catch (e) {
    return { ok: false, message: `invalid YAML: ${(e as Error).message}` };
  }
}

export function readAndParse(absPath: string): ParseResult {
  let text: string;
  try {
    text = readFileSync(absPath, 'utf8');
  } catch (e) {
    return { ok: false, message: `cannot read file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
  return parseText(text, absPath);
}
