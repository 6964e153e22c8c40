/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'linkedin';

/** openapi-typescript entry of `userinfo`. */
type UserinfoOperation = paths['/v2/userinfo']['get'];

/** Input of {@link LinkedinClient.userinfo}: the operation takes no parameters. */
export type UserinfoInput = Record<string, never>;

/** Successful response of {@link LinkedinClient.userinfo}. */
export type UserinfoOutput = UserinfoOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `posts.create`. */
type PostsCreateOperation = paths['/rest/posts']['post'];

/** Input of {@link LinkedinClient.postsCreate}: parameters by name, plus `body` when there is one. */
export interface PostsCreateInput {
  /** Request body (`application/json`). */
  body: NonNullable<PostsCreateOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link LinkedinClient.postsCreate}. */
export type PostsCreateOutput = void;

/**
 * Typed client for LinkedIn: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class LinkedinClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Who is signed in
   *
   * OpenID Connect userinfo - the member's id, name, photo and email.
   *
   * Required scopes: `openid`, `profile`, `email`
   *
   * Operation `userinfo`: `GET /v2/userinfo` (read-only)
   */
  userinfo(input: UserinfoInput = {}): Promise<UserinfoOutput> {
    return this.#executor.execute<UserinfoInput, UserinfoOutput>(PROVIDER_ID, 'userinfo', input);
  }

  /**
   * Publish a post
   *
   * Publishes a post to the member's feed. Success is 201 with an empty body; the new post's URN is in the x-restli-id header.
   *
   * Required scopes: `w_member_social`
   *
   * Operation `posts.create`: `POST /rest/posts`
   */
  postsCreate(input: PostsCreateInput): Promise<PostsCreateOutput> {
    return this.#executor.execute<PostsCreateInput, PostsCreateOutput>(PROVIDER_ID, 'posts.create', input);
  }
}
