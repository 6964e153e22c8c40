/**
 * Handlebars rendering for the generators' `files/*.hbs`. Templates are compiled once per process (generate-all runs
 * them hundreds of times) and never HTML-escape: they produce TypeScript, not HTML.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { create, type TemplateDelegate } from 'handlebars';

const engine = create();
const compiled = new Map<string, TemplateDelegate>();

export function renderTemplate(filesDir: string, name: string, view: object): string {
  const file = join(filesDir, name);
  let template = compiled.get(file);
  if (!template) {
    template = engine.compile(readFileSync(file, 'utf8'), { noEscape: true, strict: true });
    compiled.set(file, template);
  }
  return normaliseNewlines(template(view));
}

/** One trailing newline, no trailing spaces, no runs of blank lines: stable output without a formatter. */
export function normaliseNewlines(text: string): string {
  return `${text
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/\s+$/, '')}\n`;
}
