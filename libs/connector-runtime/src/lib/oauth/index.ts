export * from './oauth-client';
export * from './oauth-error';
export * from './pkce';
export * from './discovery';
