export * from './lib/executor';
export * from './lib/oauth';
export * from './lib/outbound';
export * from './lib/runtime';
