import { SMTPServer } from 'smtp-server';
import { ApiClient, auth, uniqueEmail } from './support/api-client';
import { randomPassword, startTestApp, TestApp } from './support/test-app';

/** One message as the relay received it. */
interface Received {
  from: string;
  to: string[];
  raw: string;
}

/** A real SMTP server (smtp-server, the relay side of nodemailer) on loopback that requires a login. */
async function startRelay(user: string, pass: string): Promise<{ port: number; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(a, _session, cb) {
      if (a.username === user && a.password === pass) return cb(null, { user });
      cb(new Error('Invalid username or password'));
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (d: string) => (raw += d));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw,
        });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** The decoded text body of a received message (nodemailer sends quoted-printable when lines are long). */
function bodyOf(raw: string): string {
  const body = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  return /Content-Transfer-Encoding: quoted-printable/i.test(raw)
    ? body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : body;
}

/**
 * Issue 19: invitation and reset links are emailed when an SMTP relay is configured (PATCHBAY_SMTP_URL), and shown to
 * copy either way; a relay that is down loses nothing.
 */
describe('invitation and reset links by email (PATCHBAY_SMTP_URL)', () => {
  const smtpUser = 'relay-user';
  const smtpPass = `relay-${randomPassword()}`;
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let t: TestApp;
  let api: ApiClient;
  let admin: string;

  beforeAll(async () => {
    relay = await startRelay(smtpUser, smtpPass);
    t = await startTestApp({
      env: {
        PATCHBAY_SMTP_URL: `smtp://${smtpUser}:${encodeURIComponent(smtpPass)}@127.0.0.1:${relay.port}`,
        PATCHBAY_SMTP_FROM: 'Patchbay Ops <ops@patchbay.test>',
      },
    });
    api = new ApiClient(t);
    admin = await api.adminToken();
  });
  afterAll(async () => {
    await t?.close();
    await relay?.close();
  });

  it('an instance invitation is emailed to the invitee with its link, which then works', async () => {
    const email = uniqueEmail('mailed');
    const before = relay.received.length;
    const created = await t
      .http()
      .post('/api/invitations')
      .set(...auth(admin))
      .send({ email })
      .expect(201);
    expect(created.body.emailed).toBe(true);
    expect(relay.received).toHaveLength(before + 1);
    const mail = relay.received[relay.received.length - 1];
    expect(mail.to).toEqual([email]);
    expect(mail.from).toBe('ops@patchbay.test');
    expect(mail.raw).toMatch(/^Subject: You are invited to Patchbay\r?$/m);
    expect(bodyOf(mail.raw)).toContain(created.body.url);
    // The emailed link is the one that works.
    const token = /\/invite\/(pbi_[A-Za-z0-9_-]+)/.exec(bodyOf(mail.raw))?.[1];
    expect(token).toBe(created.body.token);
    await t.http().post(`/api/invitations/${token}/accept`).send({ name: 'Mailed Person', password: randomPassword() }).expect(200);
  });

  it('an app invitation names the app; a reset link is emailed to the account', async () => {
    const owner = await api.createUser(admin, 'owner');
    const appId = await api.createApp(owner.token, 'Support desk');
    const email = uniqueEmail('app-mailed');
    const created = await t
      .http()
      .post(`/api/apps/${appId}/invitations`)
      .set(...auth(owner.token))
      .send({ email, role: 'editor' })
      .expect(201);
    expect(created.body.emailed).toBe(true);
    const mail = relay.received.find((m) => m.to.includes(email));
    expect(mail?.raw).toMatch(/^Subject: You are invited to Support desk on Patchbay\r?$/m);
    expect(bodyOf(mail?.raw ?? '')).toContain(created.body.url);

    const user = await api.createUser(admin, 'forgetful');
    const reset = await t
      .http()
      .post(`/api/users/${user.id}/password-reset`)
      .set(...auth(admin))
      .expect(201);
    expect(reset.body.emailed).toBe(true);
    const resetMail = relay.received.filter((m) => m.to.includes(user.email)).pop();
    expect(resetMail?.raw).toMatch(/^Subject: Set a new Patchbay password\r?$/m);
    expect(bodyOf(resetMail?.raw ?? '')).toContain(reset.body.url);
  });

  it('a relay that is down loses nothing: the invitation is created, emailed is false, the link works; no relay secret is logged', async () => {
    await relay.close();
    const email = uniqueEmail('relay-down');
    const created = await t
      .http()
      .post('/api/invitations')
      .set(...auth(admin))
      .send({ email })
      .expect(201);
    expect(created.body.emailed).toBe(false);
    expect(created.body.url).toContain(created.body.token);
    await t.http().post(`/api/invitations/${created.body.token}/accept`).send({ name: 'Still Works', password: randomPassword() }).expect(200);
    const logs = t.logs.lines.join('\n');
    expect(logs).toContain('Email to the relay failed');
    expect(logs).not.toContain(smtpPass);
    expect(logs).not.toContain(encodeURIComponent(smtpPass));
  });
});
