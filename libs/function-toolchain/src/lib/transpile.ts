/** Function code → CommonJS JavaScript for the isolate (`exports.default = defineFunction({…})`). */
import * as ts from 'typescript';

const OPTIONS: ts.CompilerOptions = {
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  // No helpers to import: the isolate's require resolves '@patchbay/functions-sdk' only.
  importHelpers: false,
  esModuleInterop: false,
  sourceMap: false,
  inlineSourceMap: false,
  removeComments: false,
};

export function transpileFunction(code: string): string {
  const result = ts.transpileModule(code, { compilerOptions: OPTIONS, fileName: 'function.ts', reportDiagnostics: true });
  const problem = result.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (problem) {
    const at = problem.file && problem.start !== undefined ? problem.file.getLineAndCharacterOfPosition(problem.start) : undefined;
    const where = at ? ` (line ${at.line + 1}, column ${at.character + 1})` : '';
    throw new Error(`Function code does not compile${where}: ${ts.flattenDiagnosticMessageText(problem.messageText, ' ')}`);
  }
  return result.outputText;
}
