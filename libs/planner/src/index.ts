export * from './lib/plan-types';
