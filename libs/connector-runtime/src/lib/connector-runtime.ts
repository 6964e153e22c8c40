export function connectorRuntime(): string {
  return 'connector-runtime';
}
