/** Shapes of the Patchbay HTTP API (docs/team-contract.md, "API surface of the foundation"). */

/** Instance-wide role of a signed-in user. */
export type InstanceRole = 'admin' | 'user';

/** Role of a user inside one app. */
export type AppRole = 'owner' | 'editor' | 'viewer';

/** Roles in the order they are offered in selects (most to least powerful). */
export const APP_ROLES: readonly AppRole[] = ['owner', 'editor', 'viewer'];

export interface User {
  id: string;
  email: string;
  name: string | null;
  role: InstanceRole;
}

export interface LoginResponse {
  token: string;
  user: User;
}

export interface App {
  id: string;
  name: string;
  description: string | null;
  createdAt: string;
  /** The caller's role in this app; null when an instance admin looks at an app they do not belong to. */
  role: AppRole | null;
}

export interface Member {
  userId: string;
  email: string;
  name: string | null;
  role: AppRole;
  addedAt: string;
}

/** Error body the API answers with on every failure. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
