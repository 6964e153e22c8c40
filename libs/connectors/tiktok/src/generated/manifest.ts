/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { ConnectorManifest } from '@patchbay/connector-runtime';

/** Operation id → how to call it (method, path, parameters), what it needs (scopes) and how it pages. */
export const MANIFEST: ConnectorManifest = {
  providerId: 'tiktok',
  name: 'TikTok',
  baseUrl: 'https://open.tiktokapis.com/v2',
  operations: {
    'user.info': {
      operationId: 'user.info',
      methodName: 'userInfo',
      method: 'get',
      path: '/user/info/',
      serverUrl: 'https://open.tiktokapis.com/v2',
      summary: 'Profile and stats',
      scopes: ['user.info.basic', 'user.info.stats'],
      scopeAlternatives: [['user.info.basic', 'user.info.stats']],
      readOnly: true,
      pagination: { style: 'none' },
      parameters: [{ key: 'fields', name: 'fields', in: 'query', required: true }],
      successStatus: 200,
    },
    'video.list': {
      operationId: 'video.list',
      methodName: 'videoList',
      method: 'post',
      path: '/video/list/',
      serverUrl: 'https://open.tiktokapis.com/v2',
      summary: 'List my videos',
      scopes: ['video.list'],
      scopeAlternatives: [['video.list']],
      readOnly: true,
      pagination: {
        style: 'cursor',
        requestParam: 'cursor',
        requestIn: 'body',
        nextPath: 'data.cursor',
        limitParam: 'max_count',
        hasMorePath: 'data.has_more',
        itemsPath: 'data.videos',
      },
      parameters: [{ key: 'fields', name: 'fields', in: 'query', required: true }],
      body: { contentType: 'application/json', required: false },
      successStatus: 200,
    },
    'video.query': {
      operationId: 'video.query',
      methodName: 'videoQuery',
      method: 'post',
      path: '/video/query/',
      serverUrl: 'https://open.tiktokapis.com/v2',
      summary: 'Refresh stats of given videos',
      scopes: ['video.list'],
      scopeAlternatives: [['video.list']],
      readOnly: true,
      pagination: { style: 'none', itemsPath: 'data.videos' },
      parameters: [{ key: 'fields', name: 'fields', in: 'query', required: true }],
      body: { contentType: 'application/json', required: true },
      successStatus: 200,
    },
  },
};
