/**
 * The type checker's worker, as JavaScript source started with `new Worker(source, { eval: true })`: a file would
 * have to be found next to the API's webpack bundle, a string travels inside it. It only needs `typescript` (path
 * given by the parent) and the embedded typings (in workerData); it keeps one language service, so each check
 * re-reads only the function file and reuses the parsed SDK, connector and lib files.
 *
 * Protocol: parent → { id, code }; worker → { id, problems } or { id, error }.
 */
export const TYPE_CHECK_WORKER_SOURCE = String.raw`
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const ts = require(workerData.typescriptPath);
const ROOT = workerData.root;
const FILE = ROOT + '/function.ts';
const files = new Map(Object.entries(workerData.typings));
const snapshots = new Map();
let text = '';
let version = 0;
const options = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.CommonJS,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  noFallthroughCasesInSwitch: true,
  lib: ['lib.es2022.d.ts'],
  types: [],
  baseUrl: ROOT,
  paths: { '@patchbay/functions-sdk': ['sdk/index.ts'], '@patchbay/connectors/*': ['connectors/*/index.d.ts'] },
};
// Only TypeScript's own lib files are read from disk: function code cannot pull host sources into its types.
const LIB_DIR = require('node:path').dirname(ts.getDefaultLibFilePath(options)) + '/';
const onDisk = (name) => name.startsWith(LIB_DIR) && ts.sys.fileExists(name);
function read(name) {
  if (name === FILE) return text;
  if (files.has(name)) return files.get(name);
  return onDisk(name) ? ts.sys.readFile(name) : undefined;
}
const host = {
  getScriptFileNames: () => [FILE],
  getScriptVersion: (name) => (name === FILE ? String(version) : '0'),
  getScriptSnapshot: (name) => {
    if (name === FILE) return ts.ScriptSnapshot.fromString(text);
    let snapshot = snapshots.get(name);
    if (!snapshot) {
      const content = read(name);
      if (content === undefined) return undefined;
      snapshot = ts.ScriptSnapshot.fromString(content);
      snapshots.set(name, snapshot);
    }
    return snapshot;
  },
  getCurrentDirectory: () => ROOT,
  getCompilationSettings: () => options,
  getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
  fileExists: (name) => name === FILE || files.has(name) || onDisk(name),
  readFile: read,
  directoryExists: (name) => name === ROOT || name.startsWith(ROOT + '/') || LIB_DIR.startsWith(name),
  getDirectories: () => [],
  realpath: (name) => name,
  useCaseSensitiveFileNames: () => true,
};
const service = ts.createLanguageService(host, ts.createDocumentRegistry());
function check(code) {
  text = code;
  version += 1;
  const diagnostics = [...service.getSyntacticDiagnostics(FILE), ...service.getSemanticDiagnostics(FILE)];
  return diagnostics
    .filter((d) => d.category === ts.DiagnosticCategory.Error)
    .map((d) => {
      const at = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : { line: 0, character: 0 };
      return { line: at.line + 1, column: at.character + 1, message: ts.flattenDiagnosticMessageText(d.messageText, '\n') };
    })
    .sort((a, b) => a.line - b.line || a.column - b.column);
}
if (workerData.warmUp) check(workerData.warmUp);
parentPort.on('message', (message) => {
  try {
    parentPort.postMessage({ id: message.id, problems: check(message.code) });
  } catch (error) {
    parentPort.postMessage({ id: message.id, error: String(error && error.stack || error) });
  }
});
`;
