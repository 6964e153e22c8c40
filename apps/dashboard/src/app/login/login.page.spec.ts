import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { authInterceptor } from '../core/auth.interceptor';
import { Session } from '../core/session';
import { LoginPage } from './login.page';

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

function fill(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement>(selector);
  if (!input) throw new Error(`${selector} missing`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

describe('LoginPage', () => {
  let fixture: ComponentFixture<LoginPage>;
  let backend: HttpTestingController;
  let el: HTMLElement;

  beforeEach(async () => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [LoginPage],
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LoginPage);
    el = fixture.nativeElement;
    await fixture.whenStable();
  });

  afterEach(() => backend.verify());

  function submit(email: string, password: string): void {
    fill(el, 'input[type="email"]', email);
    fill(el, 'input[type="password"]', password);
    el.querySelector('form')?.dispatchEvent(new Event('submit'));
  }

  it('shows a plain-words error and stays on the page when the password is wrong', async () => {
    submit('admin@example.test', 'wrong');
    backend
      .expectOne('/api/auth/login')
      .flush({ error: { code: 'invalid_credentials', message: 'Invalid credentials' } }, { status: 401, statusText: 'Unauthorized' });
    await settle(fixture);

    expect(el.querySelector('[data-testid="login-error"]')?.textContent).toContain('email and password do not match');
    expect(TestBed.inject(Session).token()).toBeNull();
  });

  it('stores the session and follows an in-app return URL, ignoring ones that leave the app', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '//evil.example.test/phish');
    submit('admin@example.test', 'correct-horse');
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.body).toEqual({ email: 'admin@example.test', password: 'correct-horse' });
    req.flush({ token: 'tok-1', user: { id: 'u1', email: 'admin@example.test', name: 'Ada', role: 'admin' } });
    await settle(fixture);

    expect(TestBed.inject(Session).user()?.role).toBe('admin');
    expect(sessionStorage.getItem('patchbay.token')).toBe('tok-1');
    expect(navigate).toHaveBeenCalledWith('/apps');
  });

  it.each([
    ['the same user whose session ended here', 'u1', '/apps/a1/functions'],
    ['a first sign-in in this tab', null, '/apps/a1/functions'],
    ["a different user (the page was the previous user's)", 'u-previous', '/apps'],
  ])('follows the return URL only for %s', async (_case, previous, expected) => {
    if (previous) sessionStorage.setItem('patchbay.lastUser', previous);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigateByUrl').mockResolvedValue(true);
    fixture.componentRef.setInput('returnUrl', '/apps/a1/functions');
    submit('ada@example.test', 'correct-horse');
    backend.expectOne('/api/auth/login').flush({ token: 'tok-2', user: { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'user' } });
    await settle(fixture);

    expect(navigate).toHaveBeenCalledWith(expected);
    expect(sessionStorage.getItem('patchbay.lastUser')).toBe('u1');
  });

  it('does not call the API while the form is invalid', async () => {
    submit('not-an-email', '');
    await settle(fixture);
    backend.expectNone('/api/auth/login');
  });
});
