/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'tiktok';

/** openapi-typescript entry of `user.info`. */
type UserInfoOperation = paths['/user/info/']['get'];

/** Input of {@link TiktokClient.userInfo}: parameters by name, plus `body` when there is one. */
export interface UserInfoInput {
  /** Comma-separated User fields. */
  fields: NonNullable<UserInfoOperation['parameters']['query']>['fields'];
}

/** Successful response of {@link TiktokClient.userInfo}. */
export type UserInfoOutput = UserInfoOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `video.list`. */
type VideoListOperation = paths['/video/list/']['post'];

/** Input of {@link TiktokClient.videoList}: parameters by name, plus `body` when there is one. */
export interface VideoListInput {
  fields: NonNullable<VideoListOperation['parameters']['query']>['fields'];
  /** Request body (`application/json`). */
  body?: NonNullable<VideoListOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link TiktokClient.videoList}. */
export type VideoListOutput = VideoListOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `video.query`. */
type VideoQueryOperation = paths['/video/query/']['post'];

/** Input of {@link TiktokClient.videoQuery}: parameters by name, plus `body` when there is one. */
export interface VideoQueryInput {
  fields: NonNullable<VideoQueryOperation['parameters']['query']>['fields'];
  /** Request body (`application/json`). */
  body: NonNullable<VideoQueryOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link TiktokClient.videoQuery}. */
export type VideoQueryOutput = VideoQueryOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for TikTok: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class TiktokClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Profile and stats
   *
   * Returns the fields asked for in `fields`. Basic fields need user.info.basic; counts need user.info.stats; bio/username/verified need user.info.profile. Fields without their scope are silently left out.
   *
   * Required scopes: `user.info.basic`, `user.info.stats`
   *
   * Operation `user.info`: `GET /user/info/` (read-only)
   */
  userInfo(input: UserInfoInput): Promise<UserInfoOutput> {
    return this.#executor.execute<UserInfoInput, UserInfoOutput>(PROVIDER_ID, 'user.info', input);
  }

  /**
   * List my videos
   *
   * Lists the user's public videos, newest first, up to 20 per page (cursor / has_more).
   *
   * Required scopes: `video.list`
   *
   * Operation `video.list`: `POST /video/list/` (read-only)
   */
  videoList(input: VideoListInput): Promise<VideoListOutput> {
    return this.#executor.execute<VideoListInput, VideoListOutput>(PROVIDER_ID, 'video.list', input);
  }

  /**
   * Refresh stats of given videos
   *
   * Returns up to 20 of the user's videos by id (e.g. to refresh their view counts).
   *
   * Required scopes: `video.list`
   *
   * Operation `video.query`: `POST /video/query/` (read-only)
   */
  videoQuery(input: VideoQueryInput): Promise<VideoQueryOutput> {
    return this.#executor.execute<VideoQueryInput, VideoQueryOutput>(PROVIDER_ID, 'video.query', input);
  }
}
