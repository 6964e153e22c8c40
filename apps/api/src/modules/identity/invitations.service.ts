import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, MoreThan, Repository } from 'typeorm';
import { AccessCache } from '../../platform/cache/session-membership-cache';
import { AppConfig } from '../../platform/config/app-config';
import { Mailer, type MailMessage } from '../../platform/mail/mailer';
import { generateOpaqueToken, sha256Hex } from '../../platform/crypto/opaque-token';
import { isUniqueViolation } from '../../platform/database/db-errors';
import { lockRow } from '../../platform/database/row-lock';
import { AppsException } from '../apps/apps.exception';
import { AppMember, type AppRoleName } from '../apps/entities/app-member.entity';
import { App } from '../apps/entities/app.entity';
import { AuditService } from '../audit/audit.service';
import { AcceptInvitationDto, AcceptedInvitationView, CreatedInvitationView, InvitationInfoView, InvitationView } from './dtos/people.dto';
import { UserView } from './dtos/user.view';
import { Invitation, type InvitationKind } from './entities/invitation.entity';
import { User, type UserRole } from './entities/user.entity';
import { IdentityException } from './identity.exception';
import { LoginAttempts } from './login-throttling';
import { PasswordHasher } from './password-hasher';
import type { UserPrincipal } from './principal';
import { SessionsService } from './sessions.service';

/** Prefix of invitation and reset-link tokens (the bearer strategy never accepts them). */
export const INVITATION_TOKEN_PREFIX = 'pbi_';
const TOKEN_RE = /^pbi_[A-Za-z0-9_-]{43}$/;
export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
export const RESET_TTL_MS = 24 * 3600 * 1000;
const MIN_PASSWORD = 8;

export interface NewLink {
  readonly kind: InvitationKind;
  readonly email: string;
  readonly appId?: string;
  readonly appRole?: AppRoleName;
  readonly instanceRole?: UserRole;
  readonly userId?: string;
}

/**
 * Invitations and password-reset links: single-use, expiring links whose token is shown once to whoever created
 * them and stored only as a sha256. With PATCHBAY_SMTP_URL set the link is also emailed (best effort: `emailed` says
 * whether the relay took it); either way the creator can hand it over. Accepting creates the account (or, for an email that has one, signs in with its password) and adds the app
 * membership, or sets the new password of a reset; either way it answers with a session like login.
 */
@Injectable()
export class InvitationsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly attempts: LoginAttempts,
    private readonly audit: AuditService,
    private readonly cache: AccessCache,
    private readonly config: AppConfig,
    private readonly mailer: Mailer,
  ) {}

  /** An instance invitation (instance admins): the email must not have an account yet. */
  async inviteToInstance(actor: UserPrincipal, email: string, role: UserRole): Promise<CreatedInvitationView> {
    if (await this.users.exists({ where: { email } })) throw IdentityException.emailTaken();
    return this.create(actor, { kind: 'invite', email, instanceRole: role });
  }

  /**
   * An invitation to one app. Whether the email has an account is not revealed: the answer is the same (a link);
   * only an email that is already a member of this app is refused, which the caller can see in the member list.
   */
  async inviteToApp(actor: UserPrincipal, app: App, email: string, role: AppRoleName): Promise<CreatedInvitationView> {
    const user = await this.users.findOne({ where: { email } });
    if (user && (await this.db.getRepository(AppMember).exists({ where: { appId: app.id, userId: user.id } }))) throw AppsException.memberExists();
    const view = await this.create(actor, { kind: 'invite', email, appId: app.id, appRole: role }, app.name);
    return { ...view, appName: app.name };
  }

  /** A reset link for a user's account (instance admins). The password stays as it is until the link is used. */
  async resetLink(actor: UserPrincipal, userId: string): Promise<CreatedInvitationView> {
    const user = await this.users.findOne({ where: { id: userId } });
    if (!user) throw IdentityException.userNotFound();
    return this.create(actor, { kind: 'reset', email: user.email, userId: user.id });
  }

  /** Pending (unused, unrevoked, unexpired) invitations, of one app or of the whole instance. Never their tokens. */
  async listPending(appId?: string): Promise<InvitationView[]> {
    const rows = await this.invitations.find({
      where: { kind: 'invite', acceptedAt: IsNull(), revokedAt: IsNull(), expiresAt: MoreThan(new Date()), ...(appId ? { appId } : {}) },
      relations: { app: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(InvitationView.of);
  }

  /** Revokes a pending invitation or reset link; with `appId`, only one of that app (else 404, like an unknown one). */
  async revoke(actor: UserPrincipal, id: string, appId?: string): Promise<void> {
    await this.db.transaction(async (m) => {
      await lockRow(m, Invitation, id);
      const inv = await m.getRepository(Invitation).findOne({ where: { id } });
      if (!inv || (appId !== undefined && inv.appId !== appId) || inv.revokedAt || inv.acceptedAt) throw IdentityException.invitationNotFound();
      await m.getRepository(Invitation).update({ id }, { revokedAt: new Date() });
      await this.audit.record(
        { appId: inv.appId, actor, action: 'invitation.revoked', target: `invitation:${id}`, metadata: { email: inv.email, kind: inv.kind } },
        m,
      );
    });
  }

  /** What a valid link is for (public: the token is the credential). */
  async lookup(token: string): Promise<InvitationInfoView> {
    const inv = await this.findUsable(token);
    const accountExists = inv.kind === 'reset' || (await this.users.exists({ where: { email: inv.email } }));
    return {
      kind: inv.kind,
      email: inv.email,
      appName: inv.app?.name ?? null,
      appRole: inv.appRole,
      expiresAt: inv.expiresAt.toISOString(),
      accountExists,
    };
  }

  async accept(token: string, dto: AcceptInvitationDto): Promise<AcceptedInvitationView> {
    const inv = await this.findUsable(token);
    const user = inv.kind === 'reset' ? await this.acceptReset(inv, dto.password) : await this.acceptInvite(inv, dto);
    const { token: sessionToken, expiresAt } = await this.sessions.issue(user);
    return { token: sessionToken, expiresAt: expiresAt.toISOString(), user: UserView.of(user), appId: inv.appId };
  }

  private async acceptReset(inv: Invitation, password: string): Promise<User> {
    const user = inv.userId ? await this.users.findOne({ where: { id: inv.userId } }) : null;
    if (!user) throw IdentityException.invitationNotFound();
    if (user.disabledAt) throw IdentityException.accountDisabled();
    if (password.length < MIN_PASSWORD) throw IdentityException.weakPassword();
    const passwordHash = await this.hasher.hash(password);
    await this.db.transaction(async (m) => {
      await this.consume(m, inv.id);
      await m.getRepository(User).update({ id: user.id }, { passwordHash });
      await this.audit.record(
        { appId: null, actor: asPrincipal(user), action: 'user.password_reset', target: `user:${user.id}`, metadata: { invitation: inv.id } },
        m,
      );
    });
    await this.sessions.revokeAllFor(user.id);
    return Object.assign(user, { passwordHash });
  }

  private async acceptInvite(inv: Invitation, dto: AcceptInvitationDto): Promise<User> {
    let user = await this.users.findOne({ where: { email: inv.email } });
    const isNew = !user;
    if (user) {
      // An existing account accepts by signing in: its password, checked like a login (lock included).
      await this.attempts.assertNotLocked(user.email);
      if (!(await this.hasher.verify(user.passwordHash, dto.password))) {
        // The account may be one a concurrent accept of this same link has just created: the link is used, not the password wrong.
        await this.assertStillUsable(inv.id);
        await this.attempts.recordFailure(user.email);
        throw IdentityException.invalidCredentials();
      }
      if (user.disabledAt) throw IdentityException.accountDisabled();
    } else {
      if (dto.password.length < MIN_PASSWORD) throw IdentityException.weakPassword();
      user = Object.assign(new User(), {
        id: randomUUID(),
        email: inv.email,
        name: dto.name?.trim() || inv.email.split('@')[0],
        passwordHash: await this.hasher.hash(dto.password),
        role: inv.instanceRole ?? 'user',
        createdAt: new Date(),
        disabledAt: null,
      });
    }
    const account = user;
    try {
      await this.db.transaction(async (m) => {
        await this.consume(m, inv.id);
        const actor = asPrincipal(account);
        if (isNew) {
          await m.getRepository(User).insert(account);
          await this.audit.record(
            {
              appId: null,
              actor,
              action: 'user.created',
              target: `user:${account.id}`,
              metadata: { email: account.email, role: account.role, invitation: inv.id },
            },
            m,
          );
        }
        if (inv.appId && inv.appRole) {
          await lockRow(m, App, inv.appId);
          if (!(await m.getRepository(AppMember).exists({ where: { appId: inv.appId, userId: account.id } }))) {
            await m.getRepository(AppMember).insert({ appId: inv.appId, userId: account.id, role: inv.appRole, addedAt: new Date() });
            await this.audit.record(
              {
                appId: inv.appId,
                actor,
                action: 'member.added',
                target: `user:${account.id}`,
                metadata: { email: account.email, role: inv.appRole },
              },
              m,
            );
          }
        }
        await this.audit.record(
          {
            appId: inv.appId,
            actor,
            action: 'invitation.accepted',
            target: `invitation:${inv.id}`,
            metadata: { email: inv.email, newAccount: isNew },
          },
          m,
        );
      });
    } catch (err) {
      // Another link for the same email was accepted at the same moment.
      throw isUniqueViolation(err) ? IdentityException.emailTaken() : err;
    }
    if (inv.appId) this.cache.invalidateApp(inv.appId);
    return account;
  }

  private async create(actor: UserPrincipal, link: NewLink, appName?: string): Promise<CreatedInvitationView> {
    const token = generateOpaqueToken(INVITATION_TOKEN_PREFIX);
    const now = new Date();
    const row = Object.assign(new Invitation(), {
      id: randomUUID(),
      kind: link.kind,
      tokenHash: sha256Hex(token),
      email: link.email,
      appId: link.appId ?? null,
      appRole: link.appRole ?? null,
      instanceRole: link.instanceRole ?? null,
      userId: link.userId ?? null,
      createdBy: actor.user.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + (link.kind === 'reset' ? RESET_TTL_MS : INVITATION_TTL_MS)),
      acceptedAt: null,
      revokedAt: null,
    });
    await this.db.transaction(async (m) => {
      await m.getRepository(Invitation).insert(row);
      await this.audit.record(
        {
          appId: row.appId,
          actor,
          action: link.kind === 'reset' ? 'user.password_reset_link_created' : 'invitation.created',
          target: link.kind === 'reset' ? `user:${link.userId}` : `invitation:${row.id}`,
          metadata: {
            email: row.email,
            ...(row.appRole ? { role: row.appRole } : {}),
            ...(row.instanceRole ? { instanceRole: row.instanceRole } : {}),
          },
        },
        m,
      );
    });
    const url = `${this.config.publicUrl}/invite/${token}`;
    const emailed = await this.mailer.send(linkEmail(link, url, actor, row.expiresAt, appName));
    return { ...InvitationView.of(row), token, url, emailed };
  }

  /** The invitation behind a token, if it can still be used; else the precise reason. */
  private async findUsable(token: string): Promise<Invitation> {
    if (!TOKEN_RE.test(token)) throw IdentityException.invitationNotFound();
    const inv = await this.invitations.findOne({ where: { tokenHash: sha256Hex(token) }, relations: { app: true } });
    if (!inv) throw IdentityException.invitationNotFound();
    assertUsable(inv);
    return inv;
  }

  /** Marks the link used inside the accepting transaction, after re-reading it under a lock: a link works once. */
  private async assertStillUsable(id: string): Promise<void> {
    const now = await this.db.getRepository(Invitation).findOne({ where: { id } });
    if (!now) throw IdentityException.invitationNotFound();
    assertUsable(now);
  }

  private async consume(m: EntityManager, id: string): Promise<void> {
    await lockRow(m, Invitation, id);
    const inv = await m.getRepository(Invitation).findOne({ where: { id } });
    if (!inv) throw IdentityException.invitationNotFound();
    assertUsable(inv);
    await m.getRepository(Invitation).update({ id }, { acceptedAt: new Date() });
  }
}

function assertUsable(inv: Invitation): void {
  if (inv.revokedAt) throw IdentityException.invitationRevoked();
  if (inv.acceptedAt) throw IdentityException.invitationUsed();
  if (inv.expiresAt.getTime() <= Date.now()) throw IdentityException.invitationExpired();
}

/** The accepting person as the audit trail's actor (the session is issued after the change commits). */
function asPrincipal(user: User): UserPrincipal {
  return { kind: 'user', user, sessionId: '' };
}

/** The email that carries a link, in plain words (sent only when PATCHBAY_SMTP_URL is set). */
export function linkEmail(link: NewLink, url: string, actor: UserPrincipal, expiresAt: Date, appName?: string): MailMessage {
  const by = actor.user.name ? `${actor.user.name} (${actor.user.email})` : actor.user.email;
  const until = `${expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  if (link.kind === 'reset') {
    return {
      to: link.email,
      subject: 'Set a new Patchbay password',
      text: `${by} created a link for you to set a new password for your Patchbay account:\n\n${url}\n\nIt works once, until ${until}. Your current password keeps working until you use it. If you did not expect this, ignore this email.\n`,
    };
  }
  const where = appName ? `the app "${appName}" on Patchbay` : 'Patchbay';
  return {
    to: link.email,
    subject: appName ? `You are invited to ${appName} on Patchbay` : 'You are invited to Patchbay',
    text: `${by} invited you to ${where}. Open this link to accept:\n\n${url}\n\nIt works once, until ${until}.\n`,
  };
}
