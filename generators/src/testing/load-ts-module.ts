/**
 * Evaluates generated TypeScript that has no runtime imports (manifests, registries whose imports are stubbed) so
 * tests assert on the real data rather than on text patterns.
 */
import * as ts from 'typescript';

export function loadTsModule<T>(source: string, modules: Record<string, unknown> = {}): T {
  const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 } }).outputText;
  const module = { exports: {} as Record<string, unknown> };
  const fakeRequire = (id: string): unknown => {
    if (id in modules) return modules[id];
    throw new Error(`unexpected runtime import of ${id}`);
  };
  new Function('module', 'exports', 'require', js)(module, module.exports, fakeRequire);
  return module.exports as T;
}
