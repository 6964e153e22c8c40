export * from './lib/connector-runtime';
export * from './lib/executor';
