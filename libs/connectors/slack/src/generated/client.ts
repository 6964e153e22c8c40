/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import type { OperationExecutor } from '@patchbay/connector-runtime';
import type { paths } from './types';

/** Provider id this client talks to; the executor resolves credentials, servers and retries from it. */
export const PROVIDER_ID = 'slack';

/** openapi-typescript entry of `chat.postMessage`. */
type ChatPostMessageOperation = paths['/chat.postMessage']['post'];

/** Input of {@link SlackClient.chatPostMessage}: parameters by name, plus `body` when there is one. */
export interface ChatPostMessageInput {
  /** Request body (`application/json`). */
  body: NonNullable<ChatPostMessageOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SlackClient.chatPostMessage}. */
export type ChatPostMessageOutput = ChatPostMessageOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `conversations.list`. */
type ConversationsListOperation = paths['/conversations.list']['get'];

/** Input of {@link SlackClient.conversationsList}: parameters by name, plus `body` when there is one. */
export interface ConversationsListInput {
  /** Comma-separated: public_channel, private_channel, mpim, im. private_channel needs groups:read. */
  types?: NonNullable<ConversationsListOperation['parameters']['query']>['types'];
  exclude_archived?: NonNullable<ConversationsListOperation['parameters']['query']>['exclude_archived'];
  limit?: NonNullable<ConversationsListOperation['parameters']['query']>['limit'];
  cursor?: NonNullable<ConversationsListOperation['parameters']['query']>['cursor'];
  /** Only for org-wide apps. */
  team_id?: NonNullable<ConversationsListOperation['parameters']['query']>['team_id'];
}

/** Successful response of {@link SlackClient.conversationsList}. */
export type ConversationsListOutput = ConversationsListOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `users.lookupByEmail`. */
type UsersLookupByEmailOperation = paths['/users.lookupByEmail']['get'];

/** Input of {@link SlackClient.usersLookupByEmail}: parameters by name, plus `body` when there is one. */
export interface UsersLookupByEmailInput {
  email: NonNullable<UsersLookupByEmailOperation['parameters']['query']>['email'];
}

/** Successful response of {@link SlackClient.usersLookupByEmail}. */
export type UsersLookupByEmailOutput = UsersLookupByEmailOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `conversations.open`. */
type ConversationsOpenOperation = paths['/conversations.open']['post'];

/** Input of {@link SlackClient.conversationsOpen}: parameters by name, plus `body` when there is one. */
export interface ConversationsOpenInput {
  /** Request body (`application/json`). */
  body: NonNullable<ConversationsOpenOperation['requestBody']>['content']['application/json'];
}

/** Successful response of {@link SlackClient.conversationsOpen}. */
export type ConversationsOpenOutput = ConversationsOpenOperation['responses'][200]['content']['application/json'];

/** openapi-typescript entry of `auth.test`. */
type AuthTestOperation = paths['/auth.test']['post'];

/** Input of {@link SlackClient.authTest}: the operation takes no parameters. */
export type AuthTestInput = Record<string, never>;

/** Successful response of {@link SlackClient.authTest}. */
export type AuthTestOutput = AuthTestOperation['responses'][200]['content']['application/json'];

/**
 * Typed client for Slack: one method per operation. Calls go through the injected
 * {@link OperationExecutor}, which owns tokens, scope checks, retries and pagination.
 */
export class SlackClient {
  readonly #executor: OperationExecutor;

  constructor(executor: OperationExecutor) {
    this.#executor = executor;
  }

  /**
   * Post a message to a channel
   *
   * Sends a message as the app. Use a channel id (C…) when possible; the bot must be a member unless chat:write.public is granted.
   *
   * Required scopes: `chat:write`
   *
   * Operation `chat.postMessage`: `POST /chat.postMessage`
   */
  chatPostMessage(input: ChatPostMessageInput): Promise<ChatPostMessageOutput> {
    return this.#executor.execute<ChatPostMessageInput, ChatPostMessageOutput>(PROVIDER_ID, 'chat.postMessage', input);
  }

  /**
   * List channels
   *
   * Lists channels in the workspace, page by page (cursor / response_metadata.next_cursor; an empty cursor means the end).
   *
   * Required scopes: `channels:read`
   * Accepted scope sets: [channels:read] or [groups:read] or [im:read] or [mpim:read]
   *
   * Operation `conversations.list`: `GET /conversations.list` (read-only)
   */
  conversationsList(input: ConversationsListInput = {}): Promise<ConversationsListOutput> {
    return this.#executor.execute<ConversationsListInput, ConversationsListOutput>(PROVIDER_ID, 'conversations.list', input);
  }

  /**
   * Find a person by email
   *
   * Returns the workspace member with this email address (e.g. to mention or DM them).
   *
   * Required scopes: `users:read`, `users:read.email`
   *
   * Operation `users.lookupByEmail`: `GET /users.lookupByEmail` (read-only)
   */
  usersLookupByEmail(input: UsersLookupByEmailInput): Promise<UsersLookupByEmailOutput> {
    return this.#executor.execute<UsersLookupByEmailInput, UsersLookupByEmailOutput>(PROVIDER_ID, 'users.lookupByEmail', input);
  }

  /**
   * Open a direct message
   *
   * Opens (or resumes) a direct message with one person, or a group DM with up to 8; post into it with chat.postMessage.
   *
   * Required scopes: `im:write`
   *
   * Operation `conversations.open`: `POST /conversations.open`
   */
  conversationsOpen(input: ConversationsOpenInput): Promise<ConversationsOpenOutput> {
    return this.#executor.execute<ConversationsOpenInput, ConversationsOpenOutput>(PROVIDER_ID, 'conversations.open', input);
  }

  /**
   * Check the token and show the workspace
   *
   * Tells which workspace and bot user the token belongs to. Needs no scope.
   *
   * Required scopes: none
   *
   * Operation `auth.test`: `POST /auth.test` (read-only)
   */
  authTest(input: AuthTestInput = {}): Promise<AuthTestOutput> {
    return this.#executor.execute<AuthTestInput, AuthTestOutput>(PROVIDER_ID, 'auth.test', input);
  }
}
