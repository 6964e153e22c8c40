export * from './connector-error';
export * from './credential-auth';
export * from './input-keys';
export * from './input-validator';
export * from './operation-runner';
export * from './request-builder';
export * from './transport';
