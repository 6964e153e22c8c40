export interface FunctionGeneratorSchema {
  name: string;
  provider?: string;
  /** Comma-separated operation ids of `provider`. */
  operation?: string;
  event?: string;
  cron?: string;
  timezone?: string;
  directory?: string;
}
