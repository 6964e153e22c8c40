export * from './lib/connector-runtime';
