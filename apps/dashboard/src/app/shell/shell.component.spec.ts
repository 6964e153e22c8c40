import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { InstanceRole } from '../core/api.models';
import { authInterceptor } from '../core/auth.interceptor';
import { Session } from '../core/session';
import { ShellComponent } from './shell.component';

describe('ShellComponent', () => {
  let backend: HttpTestingController;

  async function render(role: InstanceRole): Promise<ComponentFixture<ShellComponent>> {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      imports: [ShellComponent],
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok-9', { id: 'u1', email: 'ada@example.test', name: 'Ada', role, disabled: false });
    const fixture = TestBed.createComponent(ShellComponent);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => backend.verify());

  function linkTexts(el: HTMLElement): string[] {
    return Array.from(el.querySelectorAll('nav a')).map((a) => a.textContent?.trim() ?? '');
  }

  it('shows the signed-in user and the Users page only to instance admins', async () => {
    const admin: HTMLElement = (await render('admin')).nativeElement;
    expect(admin.querySelector('[data-testid="signed-in-user"]')?.textContent).toContain('Ada');
    expect(linkTexts(admin)).toEqual(['Apps', 'Users', 'Settings']);
    TestBed.resetTestingModule();

    const user: HTMLElement = (await render('user')).nativeElement;
    expect(linkTexts(user)).toEqual(['Apps']);
  });

  it('revokes the token on the server, forgets it locally and returns to login on sign-out', async () => {
    const fixture = await render('user');
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const button = Array.from((fixture.nativeElement as HTMLElement).querySelectorAll('button')).find((b) => b.textContent?.includes('Sign out'));
    button?.click();

    const req = backend.expectOne({ method: 'POST', url: '/api/auth/logout' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok-9');
    req.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));

    expect(TestBed.inject(Session).token()).toBeNull();
    expect(sessionStorage.getItem('patchbay.token')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });
});
