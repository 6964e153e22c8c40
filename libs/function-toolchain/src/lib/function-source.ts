/**
 * The syntax tree of a function module, read and changed with ts-morph. A function module is
 *
 *   import { defineFunction } from '@patchbay/functions-sdk';
 *   export default defineFunction({ name: '…', trigger: { type: …, … }, run: async (ctx) => { … } });
 *
 * and each step is a call `ctx.connectors.<key>.<method>(input)` in `run` (generated code awaits it into a `const`).
 */
import type { PlanParamValue, PlannedTrigger } from '@patchbay/planner';
import {
  type ArrowFunction,
  type CallExpression,
  type FunctionExpression,
  IndentationText,
  type MethodDeclaration,
  Node,
  type ObjectLiteralExpression,
  Project,
  QuoteKind,
  type SourceFile,
  SyntaxKind,
  type WriterFunction,
} from 'ts-morph';
import type { InputShape } from './input-shape';

export const SDK_MODULE = '@patchbay/functions-sdk';
const FILE = '/function.ts';

/** Thrown when code does not have the shape of a function module (the message says what is missing). */
export class FunctionShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FunctionShapeError';
  }
}

let project: Project | undefined;

/** A fresh source file for `code` in a shared in-memory project (parsing only: no type information is needed). */
export function parseFunction(code: string): SourceFile {
  project ??= new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    compilerOptions: { target: 99 },
    manipulationSettings: { indentationText: IndentationText.TwoSpaces, quoteKind: QuoteKind.Single },
  });
  return project.createSourceFile(FILE, code, { overwrite: true });
}

/** The module's text, indentation normalised (two spaces) by the TypeScript formatter: line breaks stay as written. */
export function printFunction(file: SourceFile): string {
  file.formatText({ indentSize: 2, tabSize: 2, convertTabsToSpaces: true, ensureNewLineAtEndOfFile: true });
  return file.getFullText();
}

export type RunFunction = ArrowFunction | FunctionExpression | MethodDeclaration;

export interface FunctionParts {
  file: SourceFile;
  definition: ObjectLiteralExpression;
  run: RunFunction;
  /** Name of `run`'s context parameter (`ctx`). */
  ctx: string;
}

/** Finds `export default defineFunction({ … })` and its `run`, or throws a {@link FunctionShapeError}. */
export function functionParts(file: SourceFile): FunctionParts {
  const exported = file.getExportAssignment((e) => !e.isExportEquals());
  if (!exported) throw new FunctionShapeError('Expected `export default defineFunction({ … })`: the module has no default export.');
  const call = exported.getExpression();
  if (!Node.isCallExpression(call) || call.getExpression().getText() !== 'defineFunction') {
    throw new FunctionShapeError('Expected `export default defineFunction({ … })`: the default export is not a defineFunction call.');
  }
  const definition = call.getArguments()[0];
  if (!Node.isObjectLiteralExpression(definition)) {
    throw new FunctionShapeError('Expected `defineFunction({ name, trigger, run })` with an object literal.');
  }
  const runProperty = definition.getProperty('run');
  let run: RunFunction | undefined;
  if (Node.isPropertyAssignment(runProperty)) {
    const init = runProperty.getInitializer();
    if (Node.isArrowFunction(init) || Node.isFunctionExpression(init)) run = init;
  } else if (Node.isMethodDeclaration(runProperty)) {
    run = runProperty;
  }
  if (!run) throw new FunctionShapeError('Expected `run: async (ctx) => { … }` in defineFunction({ … }).');
  if (!Node.isBlock(run.getBody())) throw new FunctionShapeError('Expected `run` to have a block body `{ … }`.');
  const ctx = run.getParameters()[0]?.getName() ?? 'ctx';
  return { file, definition, run, ctx };
}

export interface StepCall {
  call: CallExpression;
  key: string;
  method: string;
}

/** The steps: every `<ctx>.connectors.<key>.<method>(…)` call in `run`, in source order. */
export function stepCalls(parts: FunctionParts): StepCall[] {
  const out: StepCall[] = [];
  for (const call of parts.run.getDescendantsOfKind(SyntaxKind.CallExpression)) {
    const callee = call.getExpression();
    if (!Node.isPropertyAccessExpression(callee)) continue;
    const connector = callee.getExpression();
    if (!Node.isPropertyAccessExpression(connector)) continue;
    const connectors = connector.getExpression();
    if (!Node.isPropertyAccessExpression(connectors) || connectors.getName() !== 'connectors') continue;
    if (connectors.getExpression().getText() !== parts.ctx) continue;
    out.push({ call, key: connector.getName(), method: callee.getName() });
  }
  return out;
}

/** A literal of the plan (string, number, boolean) as a TypeScript expression. */
export function literalText(value: PlanParamValue): string {
  if (typeof value === 'string') {
    return `'${value
      .replace(/\\/g, '\\\\')
      .replace(/'/g, "\\'")
      .replace(/\n/g, '\\n')
      .replace(/\r/g, '\\r')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029')}'`;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return value ? 'true' : 'false';
}

/** A literal read back from the tree (string, number, boolean; negative numbers too), or undefined. */
export function literalValue(node: Node | undefined): PlanParamValue | undefined {
  if (!node) return undefined;
  if (Node.isStringLiteral(node) || Node.isNoSubstitutionTemplateLiteral(node)) return node.getLiteralValue();
  if (Node.isNumericLiteral(node)) return node.getLiteralValue();
  if (node.getKind() === SyntaxKind.TrueKeyword) return true;
  if (node.getKind() === SyntaxKind.FalseKeyword) return false;
  if (Node.isPrefixUnaryExpression(node) && node.getOperatorToken() === SyntaxKind.MinusToken) {
    const operand = node.getOperand();
    if (Node.isNumericLiteral(operand)) return -operand.getLiteralValue();
  }
  if (Node.isParenthesizedExpression(node) || Node.isAsExpression(node) || Node.isSatisfiesExpression(node)) {
    return literalValue(node.getExpression());
  }
  return undefined;
}

/** A property key as source: bare when it is an identifier, else quoted. */
export function keyText(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : literalText(name);
}

/** The name of a property assignment's key (identifier or string literal), or undefined for computed keys. */
export function propertyName(node: Node): string | undefined {
  if (!Node.isPropertyAssignment(node) && !Node.isShorthandPropertyAssignment(node)) return undefined;
  const name = node.getNameNode();
  if (Node.isIdentifier(name)) return name.getText();
  if (Node.isStringLiteral(name) || Node.isNoSubstitutionTemplateLiteral(name)) return name.getLiteralValue();
  if (Node.isNumericLiteral(name)) return String(name.getLiteralValue());
  return undefined;
}

/** The property `name` of an object literal (by its written key), if present. */
export function findProperty(object: ObjectLiteralExpression, name: string): Node | undefined {
  return object.getProperties().find((p) => propertyName(p) === name);
}

/** A nested value to print: an object of entries, or an expression's source. */
export type ValueTree = { kind: 'object'; entries: Map<string, ValueTree> } | { kind: 'expr'; text: string };

export function objectTree(): ValueTree & { kind: 'object' } {
  return { kind: 'object', entries: new Map() };
}

/** Writes a value tree as an object literal (one property per line). */
export function valueWriter(tree: ValueTree): WriterFunction {
  return (writer) => {
    const write = (node: ValueTree): void => {
      if (node.kind === 'expr') {
        writer.write(node.text);
        return;
      }
      if (!node.entries.size) {
        writer.write('{}');
        return;
      }
      writer.write('{').newLine();
      writer.indent(() => {
        for (const [key, value] of node.entries) {
          writer.write(`${keyText(key)}: `);
          write(value);
          writer.write(',').newLine();
        }
      });
      writer.write('}');
    };
    write(tree);
  };
}

/**
 * A fill for a required input the plan left out, typed by its shape: a literal when the type has exactly one value,
 * else read from the run's input (`ctx.input`, which is the event's data for an event trigger) and converted.
 */
export function fillFor(shape: InputShape, name: string, ctx: string): ValueTree {
  const from = `${ctx}.input[${literalText(name)}]`;
  switch (shape.kind) {
    case 'string':
      return { kind: 'expr', text: shape.literal !== undefined ? literalText(shape.literal) : `String(${from} ?? '')` };
    case 'number':
      return { kind: 'expr', text: shape.literal !== undefined ? literalText(shape.literal) : `Number(${from} ?? 0)` };
    case 'boolean':
      return { kind: 'expr', text: shape.literal !== undefined ? literalText(shape.literal) : `${from} === true` };
    case 'array':
      return { kind: 'expr', text: '[]' };
    case 'object': {
      const object = objectTree();
      for (const [field, fieldShape] of Object.entries(shape.fields)) object.entries.set(field, fillFor(fieldShape, field, ctx));
      return object;
    }
    default:
      return { kind: 'expr', text: from };
  }
}

/** Converts a plan literal to what the input's shape expects when that is lossless (`'5'` for a number → `5`). */
export function coerce(value: PlanParamValue, shape: InputShape | undefined): PlanParamValue {
  if (shape?.kind === 'number' && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  if (shape?.kind === 'string' && typeof value !== 'string') return String(value);
  if (shape?.kind === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/** The shape at a dotted path below an object shape. */
export function shapeAt(shape: InputShape, path: string[]): InputShape | undefined {
  let current: InputShape | undefined = shape;
  for (const part of path) current = current?.kind === 'object' ? current.fields[part] : undefined;
  return current;
}

/** The trigger as an object literal. */
export function triggerWriter(trigger: PlannedTrigger): WriterFunction {
  const tree = objectTree();
  tree.entries.set('type', { kind: 'expr', text: literalText(trigger.type) });
  if (trigger.type === 'event') tree.entries.set('event', { kind: 'expr', text: literalText(trigger.event ?? '') });
  if (trigger.type === 'schedule') {
    tree.entries.set('cron', { kind: 'expr', text: literalText(trigger.cron ?? '') });
    if (trigger.timezone) tree.entries.set('timezone', { kind: 'expr', text: literalText(trigger.timezone) });
  }
  if (trigger.description) tree.entries.set('description', { kind: 'expr', text: literalText(trigger.description) });
  return valueWriter(tree);
}
