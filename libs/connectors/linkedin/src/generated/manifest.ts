/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'linkedin',
  name: 'LinkedIn',
  baseUrl: 'https://api.linkedin.com',
  operations: {
    userinfo: {
      operationId: 'userinfo',
      methodName: 'userinfo',
      method: 'get',
      path: '/v2/userinfo',
      serverUrl: 'https://api.linkedin.com',
      summary: 'Who is signed in',
      scopes: ['openid', 'profile', 'email'],
      scopeAlternatives: [['openid', 'profile', 'email']],
      readOnly: true,
      pagination: { style: 'none' },
      parameters: [],
      successStatus: 200,
    },
    'posts.create': {
      operationId: 'posts.create',
      methodName: 'postsCreate',
      method: 'post',
      path: '/rest/posts',
      serverUrl: 'https://api.linkedin.com',
      summary: 'Publish a post',
      scopes: ['w_member_social'],
      scopeAlternatives: [['w_member_social']],
      readOnly: false,
      pagination: { style: 'none' },
      parameters: [],
      body: { contentType: 'application/json', required: true },
      successStatus: 201,
    },
  },
};
