/**
 * Writes the Angular template of one data view from its view spec. Labels and paths stay in TypeScript constants
 * (`s0`, `s0n1`…) and reach the page only through interpolation, so names from a vendor spec can never break the
 * template syntax (`@`, `{`, quotes) and are always escaped by Angular.
 */
import type { PanelViewSpec, SectionSpec, TableSpec } from './derive-view';

export interface SectionConstant {
  name: string;
  type: 'CardSpec' | 'TableSpec';
  spec: SectionSpec;
}

function indent(lines: string[], by: number): string[] {
  const pad = '  '.repeat(by);
  return lines.map((l) => (l ? pad + l : l));
}

function tableLines(spec: string, source: string, rowsVar: string, rowVar: string, table: TableSpec): string[] {
  const lines = [
    `@let ${rowsVar} = listAt(${source}, ${spec}.path);`,
    `@if (${rowsVar}.length) {`,
    `  <table class="pb-table">`,
    `    <thead>`,
    `      <tr>`,
    `        @for (column of ${spec}.columns; track column.key) {`,
    `          <th scope="col">{{ column.label }}</th>`,
    `        }`,
    `      </tr>`,
    `    </thead>`,
    `    <tbody>`,
    `      @for (${rowVar} of ${rowsVar}; track $index) {`,
    `        <tr>`,
    `          @for (column of ${spec}.columns; track column.key) {`,
    `            <td>{{ show(${rowVar}, column.path) }}</td>`,
    `          }`,
    `        </tr>`,
  ];
  table.nested.forEach((child, i) => {
    const childSpec = `${spec}n${i}`;
    lines.push(
      `        <tr class="pb-nested">`,
      `          <td [attr.colspan]="${spec}.columns.length">`,
      `            <p class="pb-subtitle">{{ ${childSpec}.title }}</p>`,
      ...indent(tableLines(childSpec, rowVar, `${rowsVar}n${i}`, `${rowVar}n${i}`, child), 6),
      `          </td>`,
      `        </tr>`,
    );
  });
  lines.push(`      }`, `    </tbody>`, `  </table>`, `} @else {`, `  <p class="pb-state pb-empty">Nothing to show.</p>`, `}`);
  return lines;
}

/** Every section spec as a named constant (nested tables flattened as `s0n0`, `s0n0n1`…). */
export function sectionConstants(view: PanelViewSpec): SectionConstant[] {
  const out: SectionConstant[] = [];
  // Children first: a parent table's literal refers to its nested tables' constants.
  const addTable = (name: string, table: TableSpec): void => {
    table.nested.forEach((child, i) => addTable(`${name}n${i}`, child));
    out.push({ name, type: 'TableSpec', spec: table });
  };
  view.sections.forEach((section, i) => {
    if (section.kind === 'card') out.push({ name: `s${i}`, type: 'CardSpec', spec: section });
    else addTable(`s${i}`, section);
  });
  return out;
}

export function renderViewTemplate(view: PanelViewSpec): string {
  const body: string[] = [];
  if (view.raw) {
    body.push(`<pre class="pb-raw">{{ json(data()) }}</pre>`);
  }
  view.sections.forEach((section, i) => {
    const spec = `s${i}`;
    body.push(`<section class="pb-section">`, `  <h3 class="pb-title">{{ ${spec}.title }}</h3>`);
    if (section.kind === 'card') {
      body.push(
        `  @let o${i} = valueAt(data(), ${spec}.path);`,
        `  <dl class="pb-fields">`,
        `    @for (field of ${spec}.fields; track field.key) {`,
        `      <div class="pb-field">`,
        `        <dt>{{ field.label }}</dt>`,
        `        <dd>{{ show(o${i}, field.path) }}</dd>`,
        `      </div>`,
        `    }`,
        `  </dl>`,
      );
    } else {
      body.push(...indent(tableLines(spec, 'data()', `rows${i}`, `row${i}`, section), 1));
    }
    body.push(`</section>`);
  });
  return [
    `@if (loading()) {`,
    `  <p class="pb-state pb-loading" role="status">Loading…</p>`,
    `} @else if (error()) {`,
    `  <p class="pb-state pb-error" role="alert">{{ error() }}</p>`,
    `} @else if (empty()) {`,
    `  <p class="pb-state pb-empty">No data yet.</p>`,
    `} @else {`,
    ...indent(body, 1),
    `}`,
  ].join('\n');
}
