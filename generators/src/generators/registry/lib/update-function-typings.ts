/**
 * Typings for backend functions, generated from the connector libraries present in the tree:
 * - libs/functions-sdk/src/generated/connectors.ts: `FunctionConnectors`, the typed `ctx.connectors` map (connector
 *   key → generated client's methods), so the SDK never names a provider;
 * - libs/function-toolchain/src/generated/function-typings.ts: the declaration texts the function type checker
 *   compiles against (SDK sources, each client's declaration, each connector's OpenAPI types) as strings, the connector
 *   keys, and the required-input shapes of every operation (read with the TypeScript checker).
 */
import type { Tree } from '@nx/devkit';
import { joinPathFragments } from '@nx/devkit';
import * as ts from 'typescript';
import { tsBanner } from '../../../utils/banner';
import { toCamel } from '../../../utils/identifiers';
import { CONNECTORS_DIR, providerProjectNames } from '../../../utils/project-names';
import { renderTemplate } from '../../../utils/templates';
import { listGeneratedProviders } from './list-generated';

const FILES = joinPathFragments(__dirname, '..', 'files');
export const FUNCTIONS_SDK_ROOT = 'libs/functions-sdk';
export const FUNCTION_TOOLCHAIN_ROOT = 'libs/function-toolchain';
export const SDK_CONNECTORS_FILE = `${FUNCTIONS_SDK_ROOT}/src/generated/connectors.ts`;
export const FUNCTION_TYPINGS_FILE = `${FUNCTION_TOOLCHAIN_ROOT}/src/generated/function-typings.ts`;

/** Virtual root of the embedded files (the checker maps `@patchbay/functions-sdk` and `@patchbay/connectors/*` here). */
export const VIRTUAL_ROOT = '/patchbay';

/** Mirrors libs/function-toolchain/src/lib/input-shape.ts (the generators may not import the toolchain). */
type InputShape =
  | { kind: 'string'; literal?: string }
  | { kind: 'number'; literal?: number }
  | { kind: 'boolean'; literal?: boolean }
  | { kind: 'array' }
  | { kind: 'object'; fields: Record<string, InputShape> }
  | { kind: 'unknown' };

export function updateFunctionTypings(tree: Tree): void {
  if (!tree.exists(`${FUNCTIONS_SDK_ROOT}/src/index.ts`) || !tree.exists(FUNCTION_TOOLCHAIN_ROOT)) return;
  const providers = listGeneratedProviders(tree, CONNECTORS_DIR, 'src/generated/manifest.ts').map((id) => {
    const names = providerProjectNames(id);
    const manifest = tree.read(`${names.connectorRoot}/src/generated/manifest.ts`, 'utf-8') ?? '';
    const name = /\bname: '((?:[^'\\]|\\.)*)'/.exec(manifest)?.[1] ?? id;
    return { id, name, key: toCamel(id), clientClass: names.clientClass, alias: names.connectorAlias, root: names.connectorRoot };
  });
  tree.write(SDK_CONNECTORS_FILE, renderTemplate(FILES, 'function-connectors.ts.hbs', { banner: tsBanner(), providers }));

  const typings: Record<string, string> = {};
  for (const file of listFiles(tree, `${FUNCTIONS_SDK_ROOT}/src`)) {
    if (!file.endsWith('.ts') || file.endsWith('.spec.ts')) continue;
    typings[`${VIRTUAL_ROOT}/sdk/${file.slice(`${FUNCTIONS_SDK_ROOT}/src/`.length)}`] = tree.read(file, 'utf-8') ?? '';
  }
  for (const p of providers) {
    const client = tree.read(`${p.root}/src/generated/client.ts`, 'utf-8') ?? '';
    typings[`${VIRTUAL_ROOT}/connectors/${p.id}/index.d.ts`] = clientDeclaration(client, `${p.root}/src/generated/client.ts`);
    typings[`${VIRTUAL_ROOT}/connectors/${p.id}/types.d.ts`] = tree.read(`${p.root}/src/generated/types.ts`, 'utf-8') ?? '';
  }
  const keys = Object.fromEntries(providers.map((p) => [p.id, p.key]));
  const shapes = readInputShapes(typings);
  tree.write(
    FUNCTION_TYPINGS_FILE,
    renderTemplate(FILES, 'function-typings.ts.hbs', {
      banner: tsBanner(),
      keys: JSON.stringify(keys, null, 2),
      shapes: JSON.stringify(shapes, null, 2),
      typings: JSON.stringify(typings, null, 2),
    }),
  );
}

function listFiles(tree: Tree, dir: string): string[] {
  const out: string[] = [];
  for (const child of tree.children(dir).sort()) {
    const path = `${dir}/${child}`;
    if (tree.isFile(path)) out.push(path);
    else out.push(...listFiles(tree, path));
  }
  return out;
}

/**
 * The generated client as a declaration without its runtime side: the class keeps its methods (input → output) but
 * loses the constructor and the executor import, so the embedded typings need nothing from the connector runtime.
 */
export function clientDeclaration(source: string, fileName: string): string {
  const dts = ts.transpileDeclaration(source, { fileName, compilerOptions: { declaration: true } }).outputText;
  const file = ts.createSourceFile('client.d.ts', dts, ts.ScriptTarget.ES2022, true);
  const cuts: Array<[number, number]> = [];
  for (const statement of file.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier) && !statement.moduleSpecifier.text.startsWith('.')) {
      cuts.push([statement.getFullStart(), statement.getEnd()]);
    }
    if (ts.isClassDeclaration(statement)) {
      for (const member of statement.members) {
        if (ts.isConstructorDeclaration(member)) cuts.push([member.getFullStart(), member.getEnd()]);
      }
    }
  }
  let text = dts;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0])) text = text.slice(0, start) + text.slice(end);
  return text;
}

/** Reads the required inputs of every `ctx.connectors.<key>.<method>` with the TypeScript checker over the typings. */
function readInputShapes(typings: Record<string, string>): Record<string, Record<string, InputShape>> {
  const probe = `${VIRTUAL_ROOT}/probe.ts`;
  const files = new Map(Object.entries(typings));
  files.set(probe, `import type { FunctionConnectors } from '@patchbay/functions-sdk';\nexport type Probe = FunctionConnectors;\n`);
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.CommonJS,
    moduleResolution: ts.ModuleResolutionKind.Node10,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    lib: ['lib.es2022.d.ts'],
    types: [],
    baseUrl: VIRTUAL_ROOT,
    paths: { '@patchbay/functions-sdk': ['sdk/index.ts'], '@patchbay/connectors/*': ['connectors/*/index.d.ts'] },
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => files.get(name) ?? readFile(name);
  host.fileExists = (name) => files.has(name) || fileExists(name);
  host.directoryExists = (name) => name.startsWith(VIRTUAL_ROOT) || ts.sys.directoryExists(name);
  host.realpath = (name) => name;
  host.getSourceFile = (name, languageVersion) => {
    const text = host.readFile(name);
    return text === undefined ? undefined : ts.createSourceFile(name, text, languageVersion, true);
  };
  const program = ts.createProgram([probe], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(probe);
  const alias = source?.statements.find(ts.isTypeAliasDeclaration);
  const problems = ts.getPreEmitDiagnostics(program, source);
  if (!alias || problems.length) {
    throw new Error(`function typings: the probe did not compile: ${ts.flattenDiagnosticMessageText(problems[0]?.messageText ?? '', ' ')}`);
  }
  const connectors = checker.getTypeAtLocation(alias.name);
  const out: Record<string, Record<string, InputShape>> = {};
  for (const connector of checker.getPropertiesOfType(connectors)) {
    const methods: Record<string, InputShape> = {};
    for (const method of checker.getPropertiesOfType(checker.getTypeOfSymbolAtLocation(connector, alias))) {
      const signature = checker.getTypeOfSymbolAtLocation(method, alias).getCallSignatures()[0];
      const param = signature?.getParameters()[0];
      methods[method.name] = param ? shapeOf(checker, checker.getTypeOfSymbolAtLocation(param, alias), alias, 0) : { kind: 'object', fields: {} };
    }
    out[connector.name] = methods;
  }
  return out;
}

function shapeOf(checker: ts.TypeChecker, raw: ts.Type, at: ts.Node, depth: number): InputShape {
  const type = checker.getNonNullableType(raw);
  if (type.isUnion()) {
    const members = type.types.filter((t) => !(t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)));
    if (members.every((t) => t.flags & ts.TypeFlags.BooleanLike)) return { kind: 'boolean' };
    const first = members[0];
    return first ? shapeOf(checker, first, at, depth) : { kind: 'unknown' };
  }
  if (type.isStringLiteral()) return { kind: 'string', literal: type.value };
  if (type.isNumberLiteral()) return { kind: 'number', literal: type.value };
  if (type.flags & ts.TypeFlags.StringLike) return { kind: 'string' };
  if (type.flags & ts.TypeFlags.NumberLike) return { kind: 'number' };
  if (type.flags & ts.TypeFlags.BooleanLiteral) return { kind: 'boolean', literal: checker.typeToString(type) === 'true' };
  if (type.flags & ts.TypeFlags.BooleanLike) return { kind: 'boolean' };
  if (checker.isArrayType(type) || checker.isTupleType(type)) return { kind: 'array' };
  if (type.flags & ts.TypeFlags.Object && depth < 6) {
    const fields: Record<string, InputShape> = {};
    for (const prop of checker.getPropertiesOfType(type)) {
      if (prop.flags & ts.SymbolFlags.Optional) continue;
      fields[prop.name] = shapeOf(checker, checker.getTypeOfSymbolAtLocation(prop, at), at, depth + 1);
    }
    return { kind: 'object', fields };
  }
  return { kind: 'unknown' };
}
