import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Session } from '../core/session';
import { ManagedUser } from './people.models';
import { UsersPage } from './users.page';

const USERS: ManagedUser[] = [
  { id: 'u1', email: 'admin@example.test', name: 'Ada Admin', role: 'admin', disabled: false },
  { id: 'u2', email: 'off@example.test', name: 'Otto Off', role: 'user', disabled: true },
];

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('UsersPage', () => {
  let backend: HttpTestingController;

  function flushLoad(users: ManagedUser[] = USERS, invitations: unknown[] = []): void {
    backend.expectOne('/api/users').flush(users);
    backend.expectOne('/api/invitations').flush(invitations);
  }

  async function render(): Promise<ComponentFixture<UsersPage>> {
    TestBed.configureTestingModule({
      imports: [UsersPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'admin@example.test', name: 'Ada Admin', role: 'admin', disabled: false });
    const fixture = TestBed.createComponent(UsersPage);
    fixture.detectChanges();
    flushLoad();
    await settle(fixture);
    return fixture;
  }

  afterEach(() => backend.verify());

  it('lists users with their status and labelled actions, none that would lock yourself out', async () => {
    const el: HTMLElement = (await render()).nativeElement;
    const off = el.querySelector('tr[data-email="off@example.test"]');
    expect(off?.querySelector('[data-testid="user-status"]')?.textContent?.trim()).toBe('Disabled');
    expect(off?.querySelector('button[aria-label="Enable off@example.test"]')).not.toBeNull();
    expect(off?.querySelector('button[aria-label="Delete off@example.test"]')).not.toBeNull();
    const me = el.querySelector('tr[data-email="admin@example.test"]');
    expect(me?.querySelector('button[aria-label^="Disable"]')).toBeNull();
    expect(me?.querySelector('button[aria-label^="Delete"]')).toBeNull();
    expect(me?.querySelector('button[aria-label="Set a password for admin@example.test"]')).not.toBeNull();
  });

  it('creates an instance invitation and shows its link once', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    const email = el.querySelector<HTMLInputElement>('[data-testid="invite-user-form"] input[type="email"]');
    if (!email) throw new Error('invite email missing');
    email.value = 'new@example.test';
    email.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('[data-testid="invite-user-form"]')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: '/api/invitations' });
    expect(post.request.body).toEqual({ email: 'new@example.test', role: 'user' });
    const pending = {
      id: 'i1',
      kind: 'invite',
      email: 'new@example.test',
      appId: null,
      appName: null,
      appRole: null,
      instanceRole: 'user',
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2026-01-08T00:00:00Z',
    };
    post.flush({ ...pending, token: 'pbi_tok', url: 'http://x/invite/pbi_tok' }, { status: 201, statusText: 'Created' });
    await settle(fixture);
    flushLoad(USERS, [pending]);
    await settle(fixture);
    expect(el.querySelector<HTMLInputElement>('[data-testid="invite-link"]')?.value).toBe(`${location.origin}/invite/pbi_tok`);
    expect(el.querySelector('[data-testid="invitations-table"] tr[data-email="new@example.test"]')).not.toBeNull();
  });

  it('issues a reset link for a user and shows it', async () => {
    const fixture = await render();
    const el: HTMLElement = fixture.nativeElement;
    el.querySelector<HTMLButtonElement>('button[aria-label="Create a password reset link for off@example.test"]')?.click();
    backend.expectOne({ method: 'POST', url: '/api/users/u2/password-reset' }).flush(
      {
        id: 'r1',
        kind: 'reset',
        email: 'off@example.test',
        appId: null,
        appName: null,
        appRole: null,
        instanceRole: null,
        createdAt: '2026-01-01T00:00:00Z',
        expiresAt: '2026-01-02T00:00:00Z',
        token: 'pbi_reset',
        url: 'http://x/invite/pbi_reset',
      },
      { status: 201, statusText: 'Created' },
    );
    await settle(fixture);
    expect(el.querySelector('[data-testid="invite-link-box"]')?.getAttribute('aria-label')).toBe('Password reset link for off@example.test');
    expect(el.querySelector<HTMLInputElement>('[data-testid="invite-link"]')?.value).toBe(`${location.origin}/invite/pbi_reset`);
  });
});
