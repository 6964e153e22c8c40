import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App, AppRole, Member } from '../core/api.models';
import { Session } from '../core/session';
import { AppContext } from './app-context';
import { AppMembersPage } from './app-members.page';

const MEMBERS: Member[] = [
  { userId: 'u1', email: 'owner@example.test', name: 'Olive Owner', role: 'owner', addedAt: '2026-01-01T00:00:00Z' },
  { userId: 'u2', email: 'viewer@example.test', name: null, role: 'viewer', addedAt: '2026-01-02T00:00:00Z' },
];

function app(role: AppRole): App {
  return { id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role };
}

/** Lets pending promises (HTTP → firstValueFrom → signal) finish, then renders. */
async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('AppMembersPage', () => {
  let backend: HttpTestingController;
  let currentRole: AppRole;

  /** Answers one load of the page: the members, and for owners the pending invitations too. */
  function flushLoad(members: Member[], invitations: unknown[] = []): void {
    backend.expectOne('/api/apps/app-1/members').flush(members);
    if (currentRole === 'owner') backend.expectOne('/api/apps/app-1/invitations').flush(invitations);
  }

  async function render(role: AppRole, invitations: unknown[] = []): Promise<ComponentFixture<AppMembersPage>> {
    currentRole = role;
    TestBed.configureTestingModule({
      imports: [AppMembersPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'owner@example.test', name: 'Olive Owner', role: 'user', disabled: false });
    TestBed.inject(AppContext).set(app(role));
    const fixture = TestBed.createComponent(AppMembersPage);
    await fixture.whenStable();
    flushLoad(MEMBERS, invitations);
    await settle(fixture);
    return fixture;
  }

  afterEach(() => backend.verify());

  it('lists members with their roles', async () => {
    const fixture = await render('viewer');
    const rows = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('tr[data-email]'));
    expect(rows.map((r) => r.getAttribute('data-email'))).toEqual(['owner@example.test', 'viewer@example.test']);
    expect(rows[1].querySelector('[data-testid="member-role"]')?.textContent?.trim()).toBe('viewer');
  });

  it('shows viewers no controls to add, change or remove members', async () => {
    const el: HTMLElement = (await render('viewer')).nativeElement;
    expect(el.querySelector('[data-testid="add-member-form"]')).toBeNull();
    expect(el.querySelector('mat-select')).toBeNull();
    expect(Array.from(el.querySelectorAll('button')).some((b) => /remove/i.test(b.textContent ?? ''))).toBe(false);
  });

  it('gives owners the add form, a role select and a labelled remove button per member', async () => {
    const el: HTMLElement = (await render('owner')).nativeElement;
    expect(el.querySelector('[data-testid="add-member-form"]')).not.toBeNull();
    expect(el.querySelectorAll('tr[data-email] mat-select')).toHaveLength(2);
    expect(el.querySelector('button[aria-label="Remove viewer@example.test"]')).not.toBeNull();
  });

  it('adds a member and reloads the list', async () => {
    const fixture = await render('owner');
    const el: HTMLElement = fixture.nativeElement;
    const email = el.querySelector<HTMLInputElement>('[data-testid="add-member-form"] input[type="email"]');
    if (!email) throw new Error('email input missing');
    email.value = 'new@example.test';
    email.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('[data-testid="add-member-form"]')?.dispatchEvent(new Event('submit'));

    const post = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/members' });
    expect(post.request.body).toEqual({ email: 'new@example.test', role: 'editor' });
    const added: Member = { userId: 'u3', email: 'new@example.test', name: null, role: 'editor', addedAt: '2026-01-03T00:00:00Z' };
    post.flush(added, { status: 201, statusText: 'Created' });
    await settle(fixture);
    flushLoad([...MEMBERS, added]);
    await settle(fixture);

    expect(el.querySelector('tr[data-email="new@example.test"]')).not.toBeNull();
  });

  it("explains the API's error in plain words when the person is already a member", async () => {
    const fixture = await render('owner');
    const el: HTMLElement = fixture.nativeElement;
    const email = el.querySelector<HTMLInputElement>('[data-testid="add-member-form"] input[type="email"]');
    if (!email) throw new Error('email input missing');
    email.value = 'ghost@example.test';
    email.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('[data-testid="add-member-form"]')?.dispatchEvent(new Event('submit'));

    backend
      .expectOne({ method: 'POST', url: '/api/apps/app-1/members' })
      .flush({ error: { code: 'member_exists', message: 'Already a member' } }, { status: 409, statusText: 'Conflict' });
    await settle(fixture);

    const error = el.querySelector('[data-testid="add-member-error"]');
    expect(error?.getAttribute('role')).toBe('alert');
    expect(error?.textContent).toContain('already a member of this app');
  });

  it('owners create an invitation and get its link to copy, once', async () => {
    const fixture = await render('owner');
    const el: HTMLElement = fixture.nativeElement;
    const email = el.querySelector<HTMLInputElement>('[data-testid="invite-member-form"] input[type="email"]');
    if (!email) throw new Error('invite email input missing');
    email.value = 'Invitee@Example.test';
    email.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('[data-testid="invite-member-form"]')?.dispatchEvent(new Event('submit'));

    const post = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/invitations' });
    expect(post.request.body).toEqual({ email: 'invitee@example.test', role: 'editor' });
    const pending = {
      id: 'i1',
      kind: 'invite',
      email: 'invitee@example.test',
      appId: 'app-1',
      appName: 'Helpdesk',
      appRole: 'editor',
      instanceRole: null,
      createdAt: '2026-01-01T00:00:00Z',
      expiresAt: '2026-01-08T00:00:00Z',
    };
    post.flush({ ...pending, token: 'pbi_secret', url: 'http://x/invite/pbi_secret' }, { status: 201, statusText: 'Created' });
    await settle(fixture);
    flushLoad(MEMBERS, [pending]);
    await settle(fixture);

    const link = el.querySelector<HTMLInputElement>('[data-testid="invite-link"]');
    expect(link?.value).toBe(`${location.origin}/invite/pbi_secret`);
    expect(el.querySelector('[data-testid="invitations-table"] tr[data-email="invitee@example.test"]')).not.toBeNull();
    expect(el.querySelector('button[aria-label="Revoke the invitation for invitee@example.test"]')).not.toBeNull();
  });

  it('shows viewers no invitation form and does not ask for the invitations', async () => {
    const el: HTMLElement = (await render('viewer')).nativeElement;
    expect(el.querySelector('[data-testid="invite-member-form"]')).toBeNull();
  });
});
