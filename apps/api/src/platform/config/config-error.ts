/** A wrong or missing environment variable. Its message is the single line printed before the process exits. */
export class ConfigError extends Error {
  constructor(reason: string) {
    super(`Invalid configuration: ${reason}`);
    this.name = 'ConfigError';
  }
}
