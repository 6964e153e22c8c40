/**
 * Syntax-tree edits of a function module (ts-morph): set a step's literal, replace the trigger, add or remove a step.
 * Code is never spliced as strings: each edit finds its node and replaces or inserts nodes.
 */
import type { FunctionEdit, PlanParamValue, PlannedOperation, PlannedTrigger } from '@patchbay/planner';
import {
  type Block,
  type CodeBlockWriter,
  Node,
  type ObjectLiteralExpression,
  SyntaxKind,
  type VariableDeclaration,
  VariableDeclarationKind,
} from 'ts-morph';
import {
  coerce,
  fillFor,
  findProperty,
  FunctionShapeError,
  functionParts,
  keyText,
  literalText,
  objectTree,
  parseFunction,
  printFunction,
  type FunctionParts,
  shapeAt,
  stepCalls,
  triggerWriter,
  type ValueTree,
  valueWriter,
} from './function-source';
import { callOf, inputShapeOf } from './method-table';

/** Applies the edits in order and returns the new code; throws (code unchanged for the caller) if one cannot apply. */
export function applyEdits(code: string, edits: readonly FunctionEdit[]): string {
  const parts = functionParts(parseFunction(code));
  for (const edit of edits) {
    switch (edit.kind) {
      case 'set_param':
        setParam(parts, edit.step, edit.param, edit.value);
        break;
      case 'set_trigger':
        setTrigger(parts, edit.trigger);
        break;
      case 'add_step':
        addStep(parts, edit.operation);
        break;
      case 'remove_step':
        removeStep(parts, edit.step);
        break;
      default:
        throw new FunctionShapeError(`Unknown edit ${JSON.stringify(edit)}.`);
    }
  }
  return printFunction(parts.file);
}

export function setName(parts: FunctionParts, name: string): void {
  const property = findProperty(parts.definition, 'name');
  if (Node.isPropertyAssignment(property)) property.setInitializer(literalText(name));
  else parts.definition.insertPropertyAssignment(0, { name: 'name', initializer: literalText(name) });
}

export function setTrigger(parts: FunctionParts, trigger: PlannedTrigger): void {
  const property = findProperty(parts.definition, 'trigger');
  if (Node.isPropertyAssignment(property)) property.setInitializer(triggerWriter(trigger));
  else {
    const index = findProperty(parts.definition, 'name') ? 1 : 0;
    parts.definition.insertPropertyAssignment(index, { name: 'trigger', initializer: triggerWriter(trigger) });
  }
}

/**
 * Appends `const <method> = await ctx.connectors.<key>.<method>({ … })` before the final return. `source` names what
 * starts the flow (`ticket.created`), for a message input the plan left to run time ({@link PlannedOperation.messageInput}).
 */
export function addStep(parts: FunctionParts, operation: PlannedOperation, source = 'Run'): void {
  const { key, method } = callOf(operation.provider, operation.operationId);
  const shape = inputShapeOf(key, method);
  const input = shape.kind === 'object' ? (fillFor(shape, '', parts.ctx) as ValueTree & { kind: 'object' }) : objectTree();
  const body = runBody(parts);
  const declarations = body.getDescendantsOfKind(SyntaxKind.VariableDeclaration);
  const set = (param: string, text: string) => {
    const path = param.split('.');
    let node = input;
    for (const part of path.slice(0, -1)) {
      const existing = node.entries.get(part);
      const next = existing?.kind === 'object' ? existing : objectTree();
      node.entries.set(part, next);
      node = next;
    }
    node.entries.set(path[path.length - 1] ?? param, { kind: 'expr', text });
  };
  if (operation.messageInput && !(operation.messageInput in operation.params)) {
    // What the flow has when this step runs: the previous step's result, else what started the run.
    const previous = declarations
      .filter((d) => /\.connectors\./.test(d.getInitializer()?.getText() ?? ''))
      .pop()
      ?.getName();
    const data = previous ?? `${parts.ctx}.input`;
    set(operation.messageInput, `\`${templateText(previous ? `${source}, ${previous}` : source)}: \${JSON.stringify(${data})}\``);
  }
  for (const [param, value] of Object.entries(operation.params)) set(param, literalText(coerce(value, shapeAt(shape, param.split('.')))));
  const taken = new Set(declarations.map((d: VariableDeclaration) => d.getName()));
  taken.add(parts.ctx);
  let name = method;
  for (let n = 2; taken.has(name); n++) name = `${method}${n}`;
  const statements = body.getStatements();
  const last = statements[statements.length - 1];
  const index = last && Node.isReturnStatement(last) ? statements.length - 1 : statements.length;
  body.insertVariableStatement(index, {
    declarationKind: VariableDeclarationKind.Const,
    declarations: [
      {
        name,
        initializer: (writer: CodeBlockWriter) => {
          writer.write(`await ${parts.ctx}.connectors.${keyText(key)}.${method}(`);
          valueWriter(input)(writer);
          writer.write(')');
        },
      },
    ],
  });
  syncReturn(parts);
}

/** Removes the statement holding step `step` (and its variable from a generated `return { … }`). */
export function removeStep(parts: FunctionParts, step: number): void {
  const target = stepCalls(parts)[step];
  if (!target) throw new FunctionShapeError(`There is no step ${step + 1} to remove.`);
  const body = runBody(parts);
  let statement: Node | undefined = target.call;
  while (statement && statement.getParent() !== body) statement = statement.getParent();
  if (!statement || !Node.isStatement(statement)) throw new FunctionShapeError(`Step ${step + 1} is not a statement of run.`);
  statement.remove();
  syncReturn(parts);
}

/** Sets the literal at `param` (`channel`, `body.text`, `body.parent.database_id`) of step `step`'s input. */
export function setParam(parts: FunctionParts, step: number, param: string, value: PlanParamValue): void {
  const target = stepCalls(parts)[step];
  if (!target) throw new FunctionShapeError(`There is no step ${step + 1} to change.`);
  const shape = inputShapeOf(target.key, target.method);
  let object: ObjectLiteralExpression;
  const first = target.call.getArguments()[0];
  if (Node.isObjectLiteralExpression(first)) object = first;
  else if (!first) object = target.call.addArgument('{}').asKindOrThrow(SyntaxKind.ObjectLiteralExpression);
  else throw new FunctionShapeError(`The input of step ${step + 1} is not an object literal, so "${param}" cannot be set in it.`);
  const path = param.split('.');
  for (const part of path.slice(0, -1)) {
    const property = findProperty(object, part);
    if (!property) {
      object = object
        .addPropertyAssignment({ name: keyText(part), initializer: '{}' })
        .getInitializerIfKindOrThrow(SyntaxKind.ObjectLiteralExpression);
      continue;
    }
    const init = Node.isPropertyAssignment(property) ? property.getInitializer() : undefined;
    if (!Node.isObjectLiteralExpression(init)) {
      throw new FunctionShapeError(`"${path.slice(0, path.indexOf(part) + 1).join('.')}" of step ${step + 1} is not an object literal.`);
    }
    object = init;
  }
  const leaf = path[path.length - 1];
  const text = literalText(coerce(value, shapeAt(shape, path)));
  const property = findProperty(object, leaf);
  if (Node.isPropertyAssignment(property)) property.setInitializer(text);
  else if (property) property.replaceWithText(`${keyText(leaf)}: ${text}`);
  else object.addPropertyAssignment({ name: keyText(leaf), initializer: text });
}

function runBody(parts: FunctionParts): Block {
  const body = parts.run.getBody();
  if (!Node.isBlock(body)) throw new FunctionShapeError('Expected `run` to have a block body `{ … }`.');
  return body;
}

/**
 * Keeps a generated `return { a, b }` (shorthand properties only) in line with the step variables: names no longer
 * declared go, new step variables are added. A return written by hand is left alone.
 */
function syncReturn(parts: FunctionParts): void {
  const body = runBody(parts);
  const steps = new Set(stepCalls(parts).map((s) => s.call));
  const stepVariables: string[] = [];
  for (const statement of body.getStatements()) {
    if (!Node.isVariableStatement(statement)) continue;
    for (const declaration of statement.getDeclarations()) {
      const init = declaration.getInitializer();
      const call = Node.isAwaitExpression(init) ? init.getExpression() : init;
      if (call && Node.isCallExpression(call) && steps.has(call)) stepVariables.push(declaration.getName());
    }
  }
  const statements = body.getStatements();
  const last = statements[statements.length - 1];
  if (last && Node.isReturnStatement(last)) {
    const expression = last.getExpression();
    if (!Node.isObjectLiteralExpression(expression) || !expression.getProperties().every((p) => Node.isShorthandPropertyAssignment(p))) return;
    expression.replaceWithText(shorthandText(stepVariables));
    return;
  }
  if (stepVariables.length) body.addStatements(`return ${shorthandText(stepVariables)};`);
}

/** `{ a, b }`: shorthand properties of identifiers the tree already declares. */
function shorthandText(names: string[]): string {
  return names.length ? `{ ${names.join(', ')} }` : '{}';
}

/** Text for inside a template literal: backslashes, backticks and `${` escaped. */
function templateText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}
