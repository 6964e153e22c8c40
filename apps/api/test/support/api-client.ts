import { randomBytes } from 'node:crypto';
import type { TestApp } from './test-app';
import { randomPassword } from './test-app';

export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly password: string;
  readonly token: string;
}

export interface AppFixture {
  readonly appId: string;
  readonly owner: TestUser;
  readonly editor: TestUser;
  readonly viewer: TestUser;
  /** An extra viewer that member-management tests may change or remove. */
  readonly target: TestUser;
  readonly apiKey: { id: string; key: string };
}

export function auth(token: string): [string, string] {
  return ['Authorization', `Bearer ${token}`];
}

export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString('hex')}@example.test`;
}

/** Thin helpers over the HTTP API; they assert the status so a broken step fails where it happens. */
export class ApiClient {
  constructor(private readonly t: TestApp) {}

  async login(email: string, password: string): Promise<string> {
    const res = await this.t.http().post('/api/auth/login').send({ email, password }).expect(200);
    return res.body.token as string;
  }

  adminToken(): Promise<string> {
    return this.login(this.t.admin.email, this.t.admin.password);
  }

  async createUser(adminToken: string, label: string): Promise<TestUser> {
    const email = uniqueEmail(label);
    const password = randomPassword();
    const res = await this.t
      .http()
      .post('/api/users')
      .set(...auth(adminToken))
      .send({ email, password, name: label })
      .expect(201);
    const token = await this.login(email, password);
    return { id: res.body.id as string, email, password, token };
  }

  async createApp(token: string, name = 'App ' + randomBytes(3).toString('hex')): Promise<string> {
    const res = await this.t
      .http()
      .post('/api/apps')
      .set(...auth(token))
      .send({ name })
      .expect(201);
    return res.body.id as string;
  }

  async addMember(token: string, appId: string, email: string, role: string): Promise<void> {
    await this.t
      .http()
      .post(`/api/apps/${appId}/members`)
      .set(...auth(token))
      .send({ email, role })
      .expect(202);
  }

  async createApiKey(token: string, appId: string, name = 'key'): Promise<{ id: string; key: string }> {
    const res = await this.t
      .http()
      .post(`/api/apps/${appId}/api-keys`)
      .set(...auth(token))
      .send({ name })
      .expect(201);
    return { id: res.body.id as string, key: res.body.key as string };
  }

  /** A fresh app with an owner, an editor, a viewer, an extra viewer and one API key. */
  async appFixture(users: { owner: TestUser; editor: TestUser; viewer: TestUser; target: TestUser }): Promise<AppFixture> {
    const appId = await this.createApp(users.owner.token);
    await this.addMember(users.owner.token, appId, users.editor.email, 'editor');
    await this.addMember(users.owner.token, appId, users.viewer.email, 'viewer');
    await this.addMember(users.owner.token, appId, users.target.email, 'viewer');
    const apiKey = await this.createApiKey(users.owner.token, appId);
    return { appId, ...users, apiKey };
  }
}
