import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { App, AppRole } from '../core/api.models';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { ApiKey } from './api-keys-api.service';
import { ApiKeysPage } from './api-keys.page';

const KEY: ApiKey = { id: 'k1', name: 'ci', prefix: 'pbk_abcdefgh', createdAt: '2026-01-01T00:00:00Z', lastUsedAt: null };
const SECRET = 'pbk_abcdefgh_the-rest-of-the-secret';

function app(role: AppRole | null): App {
  return { id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role };
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('ApiKeysPage', () => {
  let backend: HttpTestingController;

  async function render(role: AppRole | null, instanceRole: 'admin' | 'user' = 'user'): Promise<ComponentFixture<ApiKeysPage>> {
    TestBed.configureTestingModule({
      imports: [ApiKeysPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'o@example.test', name: null, role: instanceRole, disabled: false });
    TestBed.inject(AppContext).set(app(role));
    const fixture = TestBed.createComponent(ApiKeysPage);
    await fixture.whenStable();
    return fixture;
  }

  afterEach(() => backend.verify());

  it('shows a new key once: after "hide" it is nowhere in the page', async () => {
    const fixture = await render('owner');
    backend.expectOne('/api/apps/app-1/api-keys').flush([]);
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;

    const input = el.querySelector<HTMLInputElement>('input[formcontrolname="name"]');
    if (!input) throw new Error('no name field');
    input.value = 'ci';
    input.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form')?.dispatchEvent(new Event('submit'));
    const create = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/api-keys' });
    expect(create.request.body).toEqual({ name: 'ci' });
    create.flush({ ...KEY, key: SECRET });
    await settle(fixture);
    backend.expectOne('/api/apps/app-1/api-keys').flush([KEY]);
    await settle(fixture);

    expect(el.querySelector('[data-testid="new-key-value"]')?.textContent?.trim()).toBe(SECRET);
    expect(el.querySelector('[data-testid="new-key"]')?.textContent).toContain("you won't see it again");
    const hide = Array.from(el.querySelectorAll('button')).find((b) => /hide the key/.test(b.textContent ?? ''));
    hide?.click();
    await settle(fixture);
    expect(el.querySelector('[data-testid="new-key"]')).toBeNull();
    expect(el.innerHTML).not.toContain(SECRET);
    expect(el.querySelector('tr[data-name="ci"]')?.textContent).toContain('pbk_abcdefgh…');
    expect(el.querySelector('[data-testid="key-last-used"]')?.textContent?.trim()).toBe('Never');
  });

  it('gives editors the list without create or revoke', async () => {
    const fixture = await render('editor');
    backend.expectOne('/api/apps/app-1/api-keys').flush([{ ...KEY, lastUsedAt: '2026-02-01T10:00:00Z' }]);
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('form')).toBeNull();
    expect(el.querySelector('tr[data-name="ci"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="key-last-used"]')?.textContent).not.toContain('Never');
    expect(Array.from(el.querySelectorAll('button')).some((b) => /revoke/i.test(b.textContent ?? ''))).toBe(false);
  });

  it('tells viewers the keys are not theirs to see, without asking the API', async () => {
    const fixture = await render('viewer');
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="api-keys-forbidden"]')).not.toBeNull();
    backend.expectNone('/api/apps/app-1/api-keys');
  });

  it('lets an instance admin who is not a member manage keys, as the API does', async () => {
    const fixture = await render(null, 'admin');
    backend.expectOne('/api/apps/app-1/api-keys').flush([KEY]);
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('form')).not.toBeNull();
    expect(el.querySelector('button[aria-label="Revoke ci"]')).not.toBeNull();
  });
});
