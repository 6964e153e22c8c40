import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppContext } from '../apps/app-context';
import { App, AppRole } from '../core/api.models';
import { Session } from '../core/session';
import { CustomIntegrationsPage } from './custom-integrations.page';
import { CustomIntegration } from './custom-integrations.models';

const BILLING: CustomIntegration = {
  id: 'i1',
  name: 'Billing',
  baseUrl: 'https://billing.example.test/v2',
  auth: { type: 'bearer', secretSet: true },
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};
const LIST_URL = '/api/apps/app-1/integrations';

function app(role: AppRole): App {
  return { id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role };
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

function type(el: HTMLElement, selector: string, value: string): void {
  const input = el.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
  if (!input) throw new Error(`no ${selector}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
}

function button(el: HTMLElement, text: RegExp): HTMLButtonElement | undefined {
  return Array.from(el.querySelectorAll('button')).find((b) => text.test(b.textContent ?? ''));
}

describe('CustomIntegrationsPage', () => {
  let backend: HttpTestingController;

  async function render(role: AppRole, list: CustomIntegration[] = [BILLING]): Promise<ComponentFixture<CustomIntegrationsPage>> {
    TestBed.configureTestingModule({
      imports: [CustomIntegrationsPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'e@example.test', name: null, role: 'user', disabled: false });
    TestBed.inject(AppContext).set(app(role));
    const fixture = TestBed.createComponent(CustomIntegrationsPage);
    await fixture.whenStable();
    backend.expectOne(LIST_URL).flush(list);
    await settle(fixture);
    return fixture;
  }

  afterEach(() => backend.verify());

  it('shows viewers the list and how requests are signed, with no controls', async () => {
    const el: HTMLElement = (await render('viewer')).nativeElement;
    const item = el.querySelector('li[data-name="Billing"]');
    expect(item?.textContent).toContain('https://billing.example.test/v2');
    expect(item?.textContent).toContain('Bearer token (Authorization header)');
    expect(el.querySelectorAll('button')).toHaveLength(0);
  });

  it('creates an integration with only the chosen credential, and forgets the secret once sent', async () => {
    const fixture = await render('editor', []);
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('[data-testid="custom-integrations-empty"]')).not.toBeNull();
    button(el, /Add a custom integration/)?.click();
    await settle(fixture);

    type(el, 'input[formcontrolname="name"]', ' Billing ');
    type(el, 'input[formcontrolname="baseUrl"]', 'https://billing.example.test/v2');
    type(el, 'input[formcontrolname="value"]', 'sk-live-123');
    el.querySelector<HTMLFormElement>('[data-testid="create-integration-form"]')?.dispatchEvent(new Event('submit'));
    const create = backend.expectOne({ method: 'POST', url: LIST_URL });
    expect(create.request.body).toEqual({
      name: 'Billing',
      baseUrl: 'https://billing.example.test/v2',
      auth: { type: 'api_key', in: 'header', name: 'X-Api-Key', value: 'sk-live-123' },
    });
    create.flush({ ...BILLING, auth: { type: 'api_key', in: 'header', name: 'X-Api-Key', secretSet: true } });
    await settle(fixture);
    backend.expectOne(LIST_URL).flush([{ ...BILLING, auth: { type: 'api_key', in: 'header', name: 'X-Api-Key', secretSet: true } }]);
    await settle(fixture);

    expect(el.querySelector('[data-testid="create-integration-form"]')).toBeNull();
    expect(el.querySelector('li[data-name="Billing"]')?.textContent).toContain('API key in the X-Api-Key header');
    expect(el.innerHTML).not.toContain('sk-live-123');
  });

  it('does not send a form with errors, and says what is wrong', async () => {
    const fixture = await render('editor', []);
    const el: HTMLElement = fixture.nativeElement;
    button(el, /Add a custom integration/)?.click();
    await settle(fixture);
    type(el, 'input[formcontrolname="baseUrl"]', 'billing.example.test');
    el.querySelector<HTMLFormElement>('[data-testid="create-integration-form"]')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    const errors = Array.from(el.querySelectorAll('mat-error')).map((e) => e.textContent?.trim());
    expect(errors).toEqual(['Enter a name, e.g. Billing API.', 'Enter a full http:// or https:// address.', 'Enter the API key.']);
    backend.expectNone({ method: 'POST', url: LIST_URL });
  });

  it('tests a request and shows the status and the JSON answer; a bad JSON body is refused before sending', async () => {
    const fixture = await render('editor');
    const el: HTMLElement = fixture.nativeElement;
    button(el, /Test a request/)?.click();
    await settle(fixture);
    type(el, 'input[formcontrolname="path"]', '/invoices?status=open');
    el.querySelector<HTMLFormElement>('.test form')?.dispatchEvent(new Event('submit'));
    const call = backend.expectOne({ method: 'POST', url: `${LIST_URL}/i1/request` });
    expect(call.request.body).toEqual({ method: 'GET', path: '/invoices?status=open' });
    call.flush({ status: 404, headers: {}, data: { error: 'no such invoice' } });
    await settle(fixture);
    expect(el.querySelector('[data-testid="test-status"]')?.textContent?.trim()).toBe('HTTP 404');
    expect(el.querySelector('[data-testid="test-status"]')?.classList).toContain('bad');
    expect(JSON.parse(el.querySelector('[data-testid="test-body"]')?.textContent ?? '')).toEqual({ error: 'no such invoice' });

    const page = fixture.componentInstance as unknown as { testForm: { patchValue(v: object): void } };
    page.testForm.patchValue({ method: 'POST', body: '{not json' });
    await settle(fixture);
    el.querySelector<HTMLFormElement>('.test form')?.dispatchEvent(new Event('submit'));
    await settle(fixture);
    expect(el.querySelector('[data-testid="test-error"]')?.textContent).toContain('not valid JSON');
    backend.expectNone({ method: 'POST', url: `${LIST_URL}/i1/request` });

    page.testForm.patchValue({ body: '{"amount": 5}' });
    el.querySelector<HTMLFormElement>('.test form')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: `${LIST_URL}/i1/request` });
    expect(post.request.body).toEqual({ method: 'POST', path: '/invoices?status=open', body: { amount: 5 } });
    post.flush({ status: 201, headers: {}, data: { id: 7 } });
    await settle(fixture);
    expect(el.querySelector('[data-testid="test-status"]')?.textContent?.trim()).toBe('HTTP 201');
  });
});
