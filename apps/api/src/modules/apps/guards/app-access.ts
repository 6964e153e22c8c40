import type { AppRoleName } from '../entities/app-member.entity';
import type { App } from '../entities/app.entity';

/** What the AppRole guard established about the caller and the `:app` of the route. */
export interface AppAccess {
  readonly app: App;
  /** Effective role: the membership role, or `owner` for an instance admin who is not a member. */
  readonly role: AppRoleName;
}
