import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';
import { authInterceptor } from './auth.interceptor';
import { Session } from './session';

describe('authInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;
  let router: Router;

  beforeEach(() => {
    sessionStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(withInterceptors([authInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
  });

  afterEach(() => backend.verify());

  it('adds the bearer token to API calls', async () => {
    session.start('tok-123', { id: 'u1', email: 'a@example.test', name: null, role: 'user', disabled: false });
    const done = firstValueFrom(http.get('/api/apps'));
    const req = backend.expectOne('/api/apps');
    expect(req.request.headers.get('Authorization')).toBe('Bearer tok-123');
    req.flush([]);
    await done;
  });

  it('never sends the token to another origin', async () => {
    session.start('tok-123', { id: 'u1', email: 'a@example.test', name: null, role: 'user', disabled: false });
    const done = firstValueFrom(http.get('https://elsewhere.example.test/api/apps'));
    const req = backend.expectOne('https://elsewhere.example.test/api/apps');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({});
    await done;
  });

  it('drops the session and goes to login with a return URL on 401', async () => {
    session.start('expired', { id: 'u1', email: 'a@example.test', name: null, role: 'user', disabled: false });
    const navigate = jest.spyOn(router, 'navigate').mockResolvedValue(true);
    jest.spyOn(router, 'url', 'get').mockReturnValue('/apps/42/members');

    const failed = firstValueFrom(http.get('/api/apps/42'));
    backend
      .expectOne('/api/apps/42')
      .flush({ error: { code: 'unauthorized', message: 'Token expired' } }, { status: 401, statusText: 'Unauthorized' });

    await expect(failed).rejects.toMatchObject({ status: 401 });
    expect(session.token()).toBeNull();
    expect(sessionStorage.getItem('patchbay.token')).toBeNull();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/apps/42/members' } });
  });

  it('leaves a failed login alone so the login page can show the error', async () => {
    const navigate = jest.spyOn(router, 'navigate');
    const failed = firstValueFrom(http.post('/api/auth/login', { email: 'a@example.test', password: 'nope' }));
    const req = backend.expectOne('/api/auth/login');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({ error: { code: 'invalid_credentials', message: 'Invalid email or password' } }, { status: 401, statusText: 'Unauthorized' });
    await expect(failed).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
  });

  it('leaves a wrong password on an invitation link to the accept page (no token sent, no bounce to login)', async () => {
    session.start('tok-123', { id: 'u1', email: 'a@example.test', name: null, role: 'user', disabled: false });
    const navigate = jest.spyOn(router, 'navigate');
    const failed = firstValueFrom(http.post('/api/invitations/pbi_abc/accept', { password: 'nope' }));
    const req = backend.expectOne('/api/invitations/pbi_abc/accept');
    expect(req.request.headers.has('Authorization')).toBe(false);
    req.flush({ error: { code: 'invalid_credentials', message: 'Invalid email or password' } }, { status: 401, statusText: 'Unauthorized' });
    await expect(failed).rejects.toMatchObject({ status: 401 });
    expect(navigate).not.toHaveBeenCalled();
    expect(session.token()).toBe('tok-123');
  });

  it('does not treat other errors as a lost session', async () => {
    session.start('tok-123', { id: 'u1', email: 'a@example.test', name: null, role: 'user', disabled: false });
    const failed = firstValueFrom(http.get('/api/apps/42'));
    backend.expectOne('/api/apps/42').flush({ error: { code: 'forbidden', message: 'no' } }, { status: 403, statusText: 'Forbidden' });
    await expect(failed).rejects.toMatchObject({ status: 403 });
    expect(session.token()).toBe('tok-123');
  });
});
