import { hashHex } from './path-utils';

/** A sandbox user who can approve consent. Three per auth group, derived from the group id only. */
export interface SandboxAccount {
  /** 1-based position in the chooser (`sandbox_account=<n>`). */
  index: number;
  id: string;
  email: string;
  name: string;
  givenName: string;
  familyName: string;
  /** Workspace / organisation / team the account belongs to (label for workspace-style identities). */
  orgId: string;
  orgName: string;
}

const PEOPLE: ReadonlyArray<[string, string]> = [
  ['Ada', 'Lovelace'],
  ['Grace', 'Hopper'],
  ['Alan', 'Turing'],
];

export const ACCOUNTS_PER_GROUP = PEOPLE.length;

export function accountsForGroup(groupId: string): SandboxAccount[] {
  const domain = `${groupId.replace(/[^a-z0-9-]/gi, '').toLowerCase() || 'provider'}.sandbox.test`;
  return PEOPLE.map(([given, family], i) => {
    const index = i + 1;
    // Numeric-looking ids are what most providers use; derived from the group so they are stable.
    const id = String(parseInt(hashHex(`${groupId}:account:${index}`, 12), 16))
      .padStart(15, '1')
      .slice(0, 15);
    return {
      index,
      id,
      email: `${given.toLowerCase()}.${family.toLowerCase()}@${domain}`,
      name: `${given} ${family}`,
      givenName: given,
      familyName: family,
      // Each person has their own workspace/org: switching accounts of a workspace-level provider (a chat
      // workspace, a CRM portal) then really lands on another workspace, as it does with two real accounts.
      orgId: `org${hashHex(`${groupId}:org:${index}`, 10)}`,
      orgName: `${given}'s Workspace`,
    };
  });
}

/**
 * Picks the account value a response field most likely means, from the field's dot-path alone
 * (`sub`, `authed_user.id`, `owner.user.person.email`, `team.name`, `workspace_id`…).
 */
export function accountValueForPath(account: SandboxAccount, path: string): string {
  const segments = path.toLowerCase().split('.');
  const last = segments[segments.length - 1];
  const orgish = segments.some((s) => /team|workspace|org|hub|tenant|company/.test(s));
  if (last.includes('email') || last === 'user' || last === 'preferred_username' || last === 'username') return account.email;
  if (last.includes('name')) {
    if (orgish) return account.orgName;
    if (last.includes('given') || last.includes('first')) return account.givenName;
    if (last.includes('family') || last.includes('last')) return account.familyName;
    return account.name;
  }
  if (orgish && !segments.some((s) => /user|person|owner/.test(s))) return account.orgId;
  return account.id;
}

/** A human label for a label path: emails stay emails, workspace-ish paths get the workspace name. */
export function accountLabelForPath(account: SandboxAccount, path: string): string {
  const segments = path.toLowerCase().split('.');
  const last = segments[segments.length - 1];
  if (last.includes('email') || last === 'preferred_username' || last === 'username' || last === 'user') return account.email;
  if (segments.some((s) => /team|workspace|org|hub|tenant|company|domain/.test(s)))
    return last.includes('id') && !last.includes('name') ? account.orgId : account.orgName;
  return last.includes('id') ? account.id : account.name;
}
