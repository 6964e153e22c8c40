/** Runs the TypeScript compiler on a tsconfig (as `tsc --noEmit -p` would) and returns readable diagnostics. */
import * as ts from 'typescript';

export function typecheckProject(tsconfigPath: string): string[] {
  const parsed = ts.getParsedCommandLineOfConfigFile(
    tsconfigPath,
    { noEmit: true },
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!parsed) throw new Error(`cannot read ${tsconfigPath}`);
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    const file = d.file ? `${d.file.fileName}${where ? `:${where.line + 1}:${where.character + 1}` : ''}: ` : '';
    return `${file}${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}
