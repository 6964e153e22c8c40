/**
 * Where start-up notices that must reach the operator go (stdout by default), deliberately apart from the request
 * logger so one-time secrets such as a generated admin password never enter log storage.
 */
export abstract class StartupPrinter {
  abstract print(line: string): void;
}

export class StdoutStartupPrinter extends StartupPrinter {
  print(line: string): void {
    process.stdout.write(line + '\n');
  }
}
