export * from './lib/executor';
export * from './lib/oauth';
export * from './lib/runtime';
