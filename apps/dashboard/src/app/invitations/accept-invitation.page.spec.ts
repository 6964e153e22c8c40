import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { Session } from '../core/session';
import { AcceptInvitationPage } from './accept-invitation.page';

const TOKEN = 'pbi_' + 'a'.repeat(43);

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('AcceptInvitationPage', () => {
  let backend: HttpTestingController;

  async function render(): Promise<ComponentFixture<AcceptInvitationPage>> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [AcceptInvitationPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AcceptInvitationPage);
    fixture.componentRef.setInput('token', TOKEN);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => backend.verify());

  function fill(el: HTMLElement, label: string, value: string): void {
    const input = Array.from(el.querySelectorAll('mat-form-field'))
      .find((f) => f.textContent?.includes(label))
      ?.querySelector('input');
    if (!input) throw new Error(`no field ${label}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  it('a new person sets name and password, is signed in and goes to the app', async () => {
    const fixture = await render();
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    backend.expectOne(`/api/invitations/${TOKEN}`).flush({
      kind: 'invite',
      email: 'new@example.test',
      appName: 'Helpdesk',
      appRole: 'editor',
      expiresAt: '2026-01-08T00:00:00Z',
      accountExists: false,
    });
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="invitation-summary"]')?.textContent).toContain('Helpdesk');

    // A too short new password is stopped in the page.
    fill(el, 'Your name', 'Nia New');
    fill(el, 'Choose a password', 'short');
    el.querySelector<HTMLFormElement>('[data-testid="accept-form"]')?.dispatchEvent(new Event('submit'));
    backend.expectNone(`/api/invitations/${TOKEN}/accept`);

    fill(el, 'Choose a password', 'long-enough-1');
    el.querySelector<HTMLFormElement>('[data-testid="accept-form"]')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: `/api/invitations/${TOKEN}/accept` });
    expect(post.request.body).toEqual({ name: 'Nia New', password: 'long-enough-1' });
    post.flush({
      token: 'pbs_x',
      expiresAt: '2026-01-08T00:00:00Z',
      user: { id: 'u9', email: 'new@example.test', name: 'Nia New', role: 'user' },
      appId: 'app-1',
    });
    await settle(fixture);
    expect(TestBed.inject(Session).token()).toBe('pbs_x');
    expect(navigate).toHaveBeenCalledWith('/apps/app-1');
  });

  it('says plainly when the link has expired, and offers no form', async () => {
    const fixture = await render();
    backend
      .expectOne(`/api/invitations/${TOKEN}`)
      .flush({ error: { code: 'invitation_expired', message: 'expired' } }, { status: 410, statusText: 'Gone' });
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    const problem = el.querySelector('[data-testid="invitation-problem"]');
    expect(problem?.getAttribute('role')).toBe('alert');
    expect(problem?.textContent).toContain('expired');
    expect(el.querySelector('[data-testid="accept-form"]')).toBeNull();
  });

  it('asks an existing account for its password and shows a wrong one without leaving the page', async () => {
    const fixture = await render();
    backend.expectOne(`/api/invitations/${TOKEN}`).flush({
      kind: 'invite',
      email: 'known@example.test',
      appName: 'Helpdesk',
      appRole: 'viewer',
      expiresAt: '2026-01-08T00:00:00Z',
      accountExists: true,
    });
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.textContent).not.toContain('Your name');
    fill(el, 'Your password', 'x');
    el.querySelector<HTMLFormElement>('[data-testid="accept-form"]')?.dispatchEvent(new Event('submit'));
    backend
      .expectOne({ method: 'POST', url: `/api/invitations/${TOKEN}/accept` })
      .flush({ error: { code: 'invalid_credentials', message: 'Invalid email or password' } }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);
    expect(el.querySelector('[data-testid="accept-error"]')?.textContent).toContain('do not match');
  });
});
