import { DataSource } from 'typeorm';
import { AuditEvent } from '../src/modules/audit/entities/audit-event.entity';
import { Invitation } from '../src/modules/identity/entities/invitation.entity';
import { InvitationsService } from '../src/modules/identity/invitations.service';
import { sha256Hex } from '../src/platform/crypto/opaque-token';
import { ApiClient, auth, TestUser, uniqueEmail } from './support/api-client';
import { randomPassword, startTestApp, TestApp } from './support/test-app';

/**
 * Issue 19 (people): invitations (instance and app), password change / set / reset link, disable / enable, delete,
 * instance role, and who may do each.
 */
describe('people: invitations, passwords, disable, delete, roles', () => {
  let t: TestApp;
  let api: ApiClient;
  let admin: string;
  let db: DataSource;

  beforeAll(async () => {
    t = await startTestApp();
    api = new ApiClient(t);
    admin = await api.adminToken();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  /** A fresh app owned by `owner` with an editor and a viewer. */
  async function appWith(): Promise<{ appId: string; owner: TestUser; editor: TestUser; viewer: TestUser }> {
    const owner = await api.createUser(admin, 'owner');
    const editor = await api.createUser(admin, 'editor');
    const viewer = await api.createUser(admin, 'viewer');
    const appId = await api.createApp(owner.token);
    await api.addMember(owner.token, appId, editor.email, 'editor');
    await api.addMember(owner.token, appId, viewer.email, 'viewer');
    return { appId, owner, editor, viewer };
  }

  function invite(token: string, appId: string, email: string, role = 'viewer') {
    return t
      .http()
      .post(`/api/apps/${appId}/invitations`)
      .set(...auth(token))
      .send({ email, role });
  }

  async function actions(appId: string | null): Promise<string[]> {
    const rows = await db.getRepository(AuditEvent).find({ where: appId ? { appId } : {}, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.action);
  }

  describe('app invitations', () => {
    it('an owner invites; the link is shown once, stored hashed, and accepting creates the account and membership', async () => {
      const { appId, owner } = await appWith();
      const email = uniqueEmail('invitee');
      const created = await invite(owner.token, appId, email.toUpperCase(), 'editor').expect(201);
      expect(created.body).toMatchObject({ kind: 'invite', email, appId, appRole: 'editor' });
      expect(created.body.token).toMatch(/^pbi_[A-Za-z0-9_-]{43}$/);
      expect(created.body.url).toBe(`${t.config.publicUrl}/invite/${created.body.token}`);
      const row = await db.getRepository(Invitation).findOneByOrFail({ id: created.body.id });
      expect(row.tokenHash).toBe(sha256Hex(created.body.token));
      expect(JSON.stringify(row)).not.toContain(created.body.token);

      // Listed without its token.
      const list = await t
        .http()
        .get(`/api/apps/${appId}/invitations`)
        .set(...auth(owner.token))
        .expect(200);
      expect(list.body).toEqual([expect.objectContaining({ id: created.body.id, email, appRole: 'editor' })]);
      expect(JSON.stringify(list.body)).not.toContain(created.body.token);

      // Public lookup.
      const info = await t.http().get(`/api/invitations/${created.body.token}`).expect(200);
      expect(info.body).toMatchObject({ kind: 'invite', email, appRole: 'editor', accountExists: false });
      expect(typeof info.body.appName).toBe('string');

      const password = randomPassword();
      const accepted = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ name: 'New Person', password }).expect(200);
      expect(accepted.body.token).toMatch(/^pbs_/);
      expect(accepted.body).toMatchObject({ appId, user: { email, name: 'New Person', role: 'user', disabled: false } });
      // The session works and reaches the app with the invited role.
      const app = await t
        .http()
        .get(`/api/apps/${appId}`)
        .set(...auth(accepted.body.token))
        .expect(200);
      expect(app.body.role).toBe('editor');
      // And the password signs in.
      await api.login(email, password);

      // Single use.
      const again = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(410);
      expect(again.body.error.code).toBe('invitation_used');
      expect((await t.http().get(`/api/invitations/${created.body.token}`).expect(410)).body.error.code).toBe('invitation_used');
      // No longer pending.
      const after = await t
        .http()
        .get(`/api/apps/${appId}/invitations`)
        .set(...auth(owner.token))
        .expect(200);
      expect(after.body).toEqual([]);
      expect(await actions(appId)).toEqual(expect.arrayContaining(['invitation.created', 'member.added', 'invitation.accepted']));
    });

    it('accepting twice at the same time succeeds once', async () => {
      const { appId, owner } = await appWith();
      // Each accept brings its own password for the account the link creates: a loser that finds the winner's fresh
      // account is told the link is used (410), not that its password is wrong (401). Several rounds, as the
      // interleaving that shows it (the loser reads the account after the winner committed) is a matter of timing.
      for (let round = 0; round < 4; round++) {
        const created = await invite(owner.token, appId, uniqueEmail('race')).expect(201);
        const tries = await Promise.all(
          [0, 1, 2].map(() => t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() })),
        );
        expect(tries.map((r) => r.status).sort()).toEqual([200, 410, 410]);
      }
    });

    it('a loser that finds the account the winner of the same link just created is told the link is used, not 401', async () => {
      // The interleaving forced: B checks the link (still open), A accepts it in full, then B goes on and finds A's
      // new account, whose password is not B's.
      const { appId, owner } = await appWith();
      const created = await invite(owner.token, appId, uniqueEmail('late')).expect(201);
      const service = t.app.get(InvitationsService) as unknown as { findUsable(token: string): Promise<unknown> };
      const original = service.findUsable.bind(service);
      let release!: () => void;
      const winnerDone = new Promise<void>((resolve) => (release = resolve));
      let checked!: () => void;
      const loserChecked = new Promise<void>((resolve) => (checked = resolve));
      const spy = jest.spyOn(service, 'findUsable').mockImplementationOnce(async (token: string) => {
        const inv = await original(token);
        checked();
        await winnerDone;
        return inv;
      });
      try {
        const loser = t
          .http()
          .post(`/api/invitations/${created.body.token}/accept`)
          .send({ password: randomPassword() })
          .then((r) => r);
        await loserChecked;
        await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(200);
        release();
        const late = await loser;
        expect(late.status).toBe(410);
        expect(late.body.error.code).toBe('invitation_used');
      } finally {
        spy.mockRestore();
      }
    });

    it('an email with an account accepts by signing in with its password (and a wrong one is refused)', async () => {
      const { appId, owner } = await appWith();
      const existing = await api.createUser(admin, 'existing');
      // The answer does not say whether the email has an account.
      const created = await invite(owner.token, appId, existing.email).expect(201);
      const fresh = await invite(owner.token, appId, uniqueEmail('nobody')).expect(201);
      expect(Object.keys(created.body).sort()).toEqual(Object.keys(fresh.body).sort());
      expect((await t.http().get(`/api/invitations/${created.body.token}`).expect(200)).body.accountExists).toBe(true);

      const wrong = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: 'not-the-password' }).expect(401);
      expect(wrong.body.error.code).toBe('invalid_credentials');
      const ok = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: existing.password }).expect(200);
      expect(ok.body.user.id).toBe(existing.id);
      const members = await t
        .http()
        .get(`/api/apps/${appId}/members`)
        .set(...auth(owner.token))
        .expect(200);
      expect(members.body.map((m: { email: string }) => m.email)).toContain(existing.email);
      // Already a member now: a second invitation is refused (the owner sees the member list anyway).
      expect((await invite(owner.token, appId, existing.email).expect(409)).body.error.code).toBe('member_exists');
    });

    it('an expired link is refused with invitation_expired', async () => {
      const { appId, owner } = await appWith();
      const created = await invite(owner.token, appId, uniqueEmail('late')).expect(201);
      await db.getRepository(Invitation).update({ id: created.body.id }, { expiresAt: new Date(Date.now() - 1000) });
      expect((await t.http().get(`/api/invitations/${created.body.token}`).expect(410)).body.error.code).toBe('invitation_expired');
      const res = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(410);
      expect(res.body.error.code).toBe('invitation_expired');
      const list = await t
        .http()
        .get(`/api/apps/${appId}/invitations`)
        .set(...auth(owner.token))
        .expect(200);
      expect(list.body).toEqual([]);
    });

    it('invitations expire after 7 days', async () => {
      const { appId, owner } = await appWith();
      const created = await invite(owner.token, appId, uniqueEmail('week')).expect(201);
      const ttl = new Date(created.body.expiresAt).getTime() - new Date(created.body.createdAt).getTime();
      expect(ttl).toBe(7 * 24 * 3600 * 1000);
    });

    it('a revoked link is refused with invitation_revoked; revoking is audited', async () => {
      const { appId, owner } = await appWith();
      const created = await invite(owner.token, appId, uniqueEmail('revoked')).expect(201);
      await t
        .http()
        .delete(`/api/apps/${appId}/invitations/${created.body.id}`)
        .set(...auth(owner.token))
        .expect(204);
      const res = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(410);
      expect(res.body.error.code).toBe('invitation_revoked');
      // Revoking again: it is not pending any more.
      await t
        .http()
        .delete(`/api/apps/${appId}/invitations/${created.body.id}`)
        .set(...auth(owner.token))
        .expect(404);
      expect(await actions(appId)).toContain('invitation.revoked');
    });

    it('unknown and malformed tokens are invitation_not_found', async () => {
      for (const token of ['pbi_' + 'A'.repeat(43), 'nope', 'pbi_short', 'x'.repeat(300)]) {
        const res = await t.http().get(`/api/invitations/${token}`).expect(404);
        expect(res.body.error.code).toBe('invitation_not_found');
        expect((await t.http().post(`/api/invitations/${token}/accept`).send({ password: 'longenough' }).expect(404)).body.error.code).toBe(
          'invitation_not_found',
        );
      }
    });

    it('a new account needs a password of 8 characters at least; the link stays usable after a refusal', async () => {
      const { appId, owner } = await appWith();
      const created = await invite(owner.token, appId, uniqueEmail('short')).expect(201);
      const res = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: 'short' }).expect(400);
      expect(res.body.error.code).toBe('weak_password');
      await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(200);
    });

    it('role rules: editors and viewers cannot invite, list or revoke; other apps cannot see or revoke', async () => {
      const a = await appWith();
      const b = await appWith();
      const created = await invite(a.owner.token, a.appId, uniqueEmail('rules')).expect(201);
      for (const who of [a.editor, a.viewer]) {
        expect((await invite(who.token, a.appId, uniqueEmail('x')).expect(403)).body.error.code).toBe('forbidden');
        await t
          .http()
          .get(`/api/apps/${a.appId}/invitations`)
          .set(...auth(who.token))
          .expect(403);
        await t
          .http()
          .delete(`/api/apps/${a.appId}/invitations/${created.body.id}`)
          .set(...auth(who.token))
          .expect(403);
      }
      // B's owner is not a member of A: A does not exist for them.
      expect((await invite(b.owner.token, a.appId, uniqueEmail('x')).expect(404)).body.error.code).toBe('app_not_found');
      // Nor can they revoke A's invitation through their own app.
      const cross = await t
        .http()
        .delete(`/api/apps/${b.appId}/invitations/${created.body.id}`)
        .set(...auth(b.owner.token))
        .expect(404);
      expect(cross.body.error.code).toBe('invitation_not_found');
      const bList = await t
        .http()
        .get(`/api/apps/${b.appId}/invitations`)
        .set(...auth(b.owner.token))
        .expect(200);
      expect(bList.body).toEqual([]);
      // Instance invitations are for instance admins only.
      for (const who of [a.owner, a.editor]) {
        await t
          .http()
          .post('/api/invitations')
          .set(...auth(who.token))
          .send({ email: uniqueEmail('x') })
          .expect(403);
        await t
          .http()
          .get('/api/invitations')
          .set(...auth(who.token))
          .expect(403);
      }
      // Still usable by the invitee.
      await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(200);
    });

    it('adding a member stays non-revealing: 202 with the same answer whether or not the email has an account', async () => {
      const { appId, owner } = await appWith();
      const existing = await api.createUser(admin, 'known');
      const known = await t
        .http()
        .post(`/api/apps/${appId}/members`)
        .set(...auth(owner.token))
        .send({ email: existing.email, role: 'viewer' })
        .expect(202);
      const unknownEmail = uniqueEmail('unknown');
      const unknown = await t
        .http()
        .post(`/api/apps/${appId}/members`)
        .set(...auth(owner.token))
        .send({ email: unknownEmail, role: 'viewer' })
        .expect(202);
      expect(known.body).toEqual({ email: existing.email, role: 'viewer', status: 'accepted' });
      expect(unknown.body).toEqual({ email: unknownEmail, role: 'viewer', status: 'accepted' });
    });
  });

  describe('instance invitations', () => {
    it('an instance admin invites with an instance role, lists and revokes; audited', async () => {
      const email = uniqueEmail('staff');
      const created = await t
        .http()
        .post('/api/invitations')
        .set(...auth(admin))
        .send({ email, role: 'admin' })
        .expect(201);
      expect(created.body).toMatchObject({ kind: 'invite', email, appId: null, instanceRole: 'admin' });
      const other = await t
        .http()
        .post('/api/invitations')
        .set(...auth(admin))
        .send({ email: uniqueEmail('other') })
        .expect(201);
      const list = await t
        .http()
        .get('/api/invitations')
        .set(...auth(admin))
        .expect(200);
      expect(list.body.map((i: { id: string }) => i.id)).toEqual(expect.arrayContaining([created.body.id, other.body.id]));
      expect(JSON.stringify(list.body)).not.toMatch(/pbi_/);
      await t
        .http()
        .delete(`/api/invitations/${other.body.id}`)
        .set(...auth(admin))
        .expect(204);
      expect((await t.http().get(`/api/invitations/${other.body.token}`).expect(410)).body.error.code).toBe('invitation_revoked');

      const accepted = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: randomPassword() }).expect(200);
      expect(accepted.body).toMatchObject({ appId: null, user: { email, role: 'admin', name: email.split('@')[0] } });
      expect(await actions(null)).toEqual(
        expect.arrayContaining(['invitation.created', 'invitation.revoked', 'invitation.accepted', 'user.created']),
      );
    });

    it('an email that has an account is refused for an instance invitation', async () => {
      const res = await t
        .http()
        .post('/api/invitations')
        .set(...auth(admin))
        .send({ email: t.admin.email })
        .expect(409);
      expect(res.body.error.code).toBe('email_taken');
    });
  });

  describe('passwords', () => {
    it('a user changes their own password with the current one; other sessions end, this one stays', async () => {
      const u = await api.createUser(admin, 'changer');
      const other = await api.login(u.email, u.password);
      const wrong = await t
        .http()
        .put('/api/me/password')
        .set(...auth(u.token))
        .send({ currentPassword: 'not-it-at-all', newPassword: 'a-new-password' })
        .expect(400);
      expect(wrong.body.error.code).toBe('wrong_password');
      await t
        .http()
        .put('/api/me/password')
        .set(...auth(u.token))
        .send({ currentPassword: u.password, newPassword: 'short' })
        .expect(400);
      await t
        .http()
        .put('/api/me/password')
        .set(...auth(u.token))
        .send({ currentPassword: u.password, newPassword: 'a-new-password' })
        .expect(204);
      await t
        .http()
        .get('/api/me')
        .set(...auth(u.token))
        .expect(200);
      await t
        .http()
        .get('/api/me')
        .set(...auth(other))
        .expect(401);
      await t.http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(401);
      await api.login(u.email, 'a-new-password');
    });

    it('an instance admin sets a password; the user is signed out everywhere', async () => {
      const u = await api.createUser(admin, 'set');
      await t
        .http()
        .put(`/api/users/${u.id}/password`)
        .set(...auth(admin))
        .send({ password: 'admin-chosen-1' })
        .expect(204);
      await t
        .http()
        .get('/api/me')
        .set(...auth(u.token))
        .expect(401);
      await api.login(u.email, 'admin-chosen-1');
      // Not for a non-admin.
      const v = await api.createUser(admin, 'notadmin');
      await t
        .http()
        .put(`/api/users/${u.id}/password`)
        .set(...auth(v.token))
        .send({ password: 'admin-chosen-2' })
        .expect(403);
    });

    it('an instance admin issues a reset link: single use, 24 h, sets the new password and signs in', async () => {
      const u = await api.createUser(admin, 'reset');
      const link = await t
        .http()
        .post(`/api/users/${u.id}/password-reset`)
        .set(...auth(admin))
        .expect(201);
      expect(link.body).toMatchObject({ kind: 'reset', email: u.email });
      expect(new Date(link.body.expiresAt).getTime() - new Date(link.body.createdAt).getTime()).toBe(24 * 3600 * 1000);
      // The old password keeps working until the link is used.
      await api.login(u.email, u.password);
      const info = await t.http().get(`/api/invitations/${link.body.token}`).expect(200);
      expect(info.body).toMatchObject({ kind: 'reset', email: u.email, accountExists: true, appName: null });
      const res = await t.http().post(`/api/invitations/${link.body.token}/accept`).send({ password: 'after-reset-1' }).expect(200);
      expect(res.body.user.id).toBe(u.id);
      await t
        .http()
        .get('/api/me')
        .set(...auth(u.token))
        .expect(401);
      await t.http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(401);
      await api.login(u.email, 'after-reset-1');
      expect((await t.http().post(`/api/invitations/${link.body.token}/accept`).send({ password: 'again-again' }).expect(410)).body.error.code).toBe(
        'invitation_used',
      );
      expect(await actions(null)).toEqual(expect.arrayContaining(['user.password_reset_link_created', 'user.password_reset']));
    });
  });

  describe('disable, enable, delete, instance role', () => {
    it("disabling refuses the user's login, sessions and API keys at once; enabling lets them sign in again", async () => {
      const u = await api.createUser(admin, 'disabled');
      const appId = await api.createApp(u.token);
      const key = await api.createApiKey(u.token, appId);
      // The key works before (it reaches an API-key route's authentication: a 403 or 404 would be past it, not 401).
      const before = await t
        .http()
        .get('/api/me')
        .set(...auth(key.key))
        .expect(403);
      expect(before.body.error.code).toBe('forbidden');
      // Warm the session cache so "at once" is tested against it.
      await t
        .http()
        .get('/api/me')
        .set(...auth(u.token))
        .expect(200);

      const res = await t
        .http()
        .patch(`/api/users/${u.id}`)
        .set(...auth(admin))
        .send({ disabled: true })
        .expect(200);
      expect(res.body).toMatchObject({ id: u.id, disabled: true });
      expect(
        (
          await t
            .http()
            .get('/api/me')
            .set(...auth(u.token))
            .expect(401)
        ).body.error.code,
      ).toBe('unauthorized');
      expect(
        (
          await t
            .http()
            .get('/api/me')
            .set(...auth(key.key))
            .expect(401)
        ).body.error.code,
      ).toBe('unauthorized');
      const login = await t.http().post('/api/auth/login').send({ email: u.email, password: u.password }).expect(403);
      expect(login.body.error.code).toBe('account_disabled');
      // A wrong password still says only invalid_credentials.
      await t.http().post('/api/auth/login').send({ email: u.email, password: 'wrong-password' }).expect(401);
      const list = await t
        .http()
        .get('/api/users')
        .set(...auth(admin))
        .expect(200);
      expect(list.body.find((x: { id: string }) => x.id === u.id).disabled).toBe(true);

      await t
        .http()
        .patch(`/api/users/${u.id}`)
        .set(...auth(admin))
        .send({ disabled: false })
        .expect(200);
      await api.login(u.email, u.password);
      // The key works again (its app still exists; the route refuses keys with 403, after authenticating it).
      await t
        .http()
        .get('/api/me')
        .set(...auth(key.key))
        .expect(403);
      // The old session stays ended.
      await t
        .http()
        .get('/api/me')
        .set(...auth(u.token))
        .expect(401);
      expect(await actions(null)).toEqual(expect.arrayContaining(['user.disabled', 'user.enabled']));
    });

    it('a disabled user cannot accept an invitation nor use a reset link', async () => {
      const { appId, owner } = await appWith();
      const u = await api.createUser(admin, 'disabled-invitee');
      const created = await invite(owner.token, appId, u.email).expect(201);
      const link = await t
        .http()
        .post(`/api/users/${u.id}/password-reset`)
        .set(...auth(admin))
        .expect(201);
      await t
        .http()
        .patch(`/api/users/${u.id}`)
        .set(...auth(admin))
        .send({ disabled: true })
        .expect(200);
      const a = await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ password: u.password }).expect(403);
      expect(a.body.error.code).toBe('account_disabled');
      const r = await t.http().post(`/api/invitations/${link.body.token}/accept`).send({ password: 'new-password-1' }).expect(403);
      expect(r.body.error.code).toBe('account_disabled');
    });

    it('changes the instance role (effective at once) and keeps the last enabled admin', async () => {
      const u = await api.createUser(admin, 'promoted');
      await t
        .http()
        .get('/api/users')
        .set(...auth(u.token))
        .expect(403);
      await t
        .http()
        .patch(`/api/users/${u.id}`)
        .set(...auth(admin))
        .send({ role: 'admin' })
        .expect(200);
      await t
        .http()
        .get('/api/users')
        .set(...auth(u.token))
        .expect(200);
      await t
        .http()
        .patch(`/api/users/${u.id}`)
        .set(...auth(admin))
        .send({ role: 'user' })
        .expect(200);
      await t
        .http()
        .get('/api/users')
        .set(...auth(u.token))
        .expect(403);

      // The first admin is the only enabled admin now (an earlier test made another through an invitation: disable it).
      const users = await t
        .http()
        .get('/api/users')
        .set(...auth(admin))
        .expect(200);
      const me = users.body.find((x: { email: string }) => x.email === t.admin.email);
      for (const other of users.body.filter(
        (x: { role: string; id: string; disabled: boolean }) => x.role === 'admin' && x.id !== me.id && !x.disabled,
      )) {
        await t
          .http()
          .patch(`/api/users/${other.id}`)
          .set(...auth(admin))
          .send({ disabled: true })
          .expect(200);
      }
      for (const body of [{ role: 'user' }, { disabled: true }]) {
        const res = await t
          .http()
          .patch(`/api/users/${me.id}`)
          .set(...auth(admin))
          .send(body)
          .expect(409);
        expect(res.body.error.code).toBe('last_admin');
      }
      expect(
        (
          await t
            .http()
            .delete(`/api/users/${me.id}`)
            .set(...auth(admin))
            .expect(409)
        ).body.error.code,
      ).toBe('last_admin');
      expect(await actions(null)).toContain('user.role_changed');
    });

    it('deletes a user: their sessions stop, their memberships go; unknown ids are user_not_found', async () => {
      const { appId, owner, viewer } = await appWith();
      await t
        .http()
        .delete(`/api/users/${viewer.id}`)
        .set(...auth(admin))
        .expect(204);
      await t
        .http()
        .get('/api/me')
        .set(...auth(viewer.token))
        .expect(401);
      const members = await t
        .http()
        .get(`/api/apps/${appId}/members`)
        .set(...auth(owner.token))
        .expect(200);
      expect(members.body.map((m: { userId: string }) => m.userId)).not.toContain(viewer.id);
      expect(
        (
          await t
            .http()
            .delete(`/api/users/${viewer.id}`)
            .set(...auth(admin))
            .expect(404)
        ).body.error.code,
      ).toBe('user_not_found');
      await t
        .http()
        .delete('/api/users/not-a-uuid')
        .set(...auth(admin))
        .expect(404);
      // Not for app owners.
      await t
        .http()
        .delete(`/api/users/${owner.id}`)
        .set(...auth(owner.token))
        .expect(403);
      expect(await actions(null)).toContain('user.deleted');
    });

    it('app roles are changed by owners only (the dashboard offers it)', async () => {
      const { appId, owner, editor, viewer } = await appWith();
      await t
        .http()
        .patch(`/api/apps/${appId}/members/${viewer.id}`)
        .set(...auth(editor.token))
        .send({ role: 'editor' })
        .expect(403);
      const res = await t
        .http()
        .patch(`/api/apps/${appId}/members/${viewer.id}`)
        .set(...auth(owner.token))
        .send({ role: 'editor' })
        .expect(200);
      expect(res.body.role).toBe('editor');
    });
  });
});
