export * from './destination-policy';
export * from './outbound-client';
export * from './outbound-error';
