export * from './lib/operation-contract';
export * from './lib/oauth';
export * from './lib/outbound';
export * from './lib/runtime';
