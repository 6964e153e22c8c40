import type { User } from './entities/user.entity';

/** A signed-in person (session token). */
export interface UserPrincipal {
  readonly kind: 'user';
  readonly user: User;
  readonly sessionId: string;
}

/** The published app, authenticated by one of its API keys; bound to exactly that app. */
export interface ApiKeyPrincipal {
  readonly kind: 'api_key';
  readonly apiKeyId: string;
  readonly appId: string;
}

/** Whoever made the request, as the bearer strategy resolved it (lives on `req.user`). */
export type Principal = UserPrincipal | ApiKeyPrincipal;
