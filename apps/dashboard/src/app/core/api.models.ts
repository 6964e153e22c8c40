/**
 * Shapes of the Patchbay HTTP API, taken from its OpenAPI document (api-types.generated.ts, `npm run
 * generate:api-types`): edit the API's DTOs, never these aliases, and regenerate.
 */
import type { components } from './api-types.generated';

type Schemas = components['schemas'];

/** `T` with the properties `K` also allowing null (see the uses below for why each one does). */
type NullableProps<T, K extends keyof T> = Omit<T, K> & { [P in K]: T[P] | null };

/** Instance-wide role of a signed-in user. */
export type InstanceRole = Schemas['UserView']['role'];

/** Role of a user inside one app. */
export type AppRole = Schemas['MemberView']['role'];

/** Roles in the order they are offered in selects (most to least powerful). */
export const APP_ROLES: readonly AppRole[] = ['owner', 'editor', 'viewer'];

/**
 * The API always sends a name (users.name is NOT NULL) and a createdAt the dashboard never reads; `| null` and the
 * Omit keep the specs' user fixtures (`name: null`, no createdAt) compiling: drop both once those are updated.
 */
export type User = NullableProps<Omit<Schemas['UserView'], 'createdAt'>, 'name'>;

export type LoginResponse = Schemas['LoginResponse'];

/**
 * The API always sends a description ('' when none) and a role (owner for admins who are not members); `| null`
 * keeps the specs' app fixtures (`description: null`, `role: null`) compiling: drop it once those are updated.
 */
export type App = NullableProps<Schemas['AppView'], 'description' | 'role'>;

/** `name: null` as for {@link User}: only the specs' fixtures need it. */
export type Member = NullableProps<Schemas['MemberView'], 'name'>;

/** Error body the API answers with on every failure. Hand-written: the document describes no error schema. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}
