import type { AppRole, InstanceRole, User } from '../core/api.models';

/**
 * Shapes of the people endpoints (issue 19), declared here until api-types.generated.ts is regenerated; they mirror
 * apps/api/src/modules/identity/dtos/people.dto.ts.
 */
export type ManagedUser = User & { disabled: boolean; createdAt?: string };

export type InvitationKind = 'invite' | 'reset';

/** A pending invitation as lists show it (never its link). */
export interface Invitation {
  id: string;
  kind: InvitationKind;
  email: string;
  appId: string | null;
  appName: string | null;
  appRole: AppRole | null;
  instanceRole: InstanceRole | null;
  createdAt: string;
  expiresAt: string;
}

/** The answer to creating an invitation or reset link: the only time its token is shown. */
export interface CreatedInvitation extends Invitation {
  /** True when the link was also emailed (the instance has an SMTP relay, PATCHBAY_SMTP_URL, and it took the message). */
  emailed?: boolean;
  token: string;
  url: string;
}

/** What the holder of a link learns (public). */
export interface InvitationInfo {
  kind: InvitationKind;
  email: string;
  appName: string | null;
  appRole: AppRole | null;
  expiresAt: string;
  accountExists: boolean;
}

export interface AcceptedInvitation {
  token: string;
  expiresAt: string;
  user: User;
  appId: string | null;
}

/** The link to hand over, on the origin this dashboard is open at (the API's own URL may be an internal one). */
export function inviteLink(token: string): string {
  return `${location.origin}/invite/${encodeURIComponent(token)}`;
}
