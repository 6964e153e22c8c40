import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { AppContext } from '../apps/app-context';
import { Session } from '../core/session';
import { AUDIT_PAGE } from './audit-api.service';
import { AuditPage } from './audit.page';
import { AuditEvent } from './audit.models';

function events(n: number, offset = 0): AuditEvent[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${offset + i}`,
    action: 'member.added',
    actor: { type: 'system', id: null },
    target: null,
    metadata: null,
    createdAt: new Date(Date.UTC(2026, 0, 1) - (offset + i) * 1000).toISOString(),
  }));
}

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await fixture.whenStable();
}

describe('AuditPage', () => {
  let backend: HttpTestingController;

  afterEach(() => backend.verify());

  it('loads a page, then older events by cursor until a page comes back short', async () => {
    TestBed.configureTestingModule({
      imports: [AuditPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'o@example.test', name: null, role: 'user', disabled: false });
    TestBed.inject(AppContext).set({ id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role: 'viewer' });
    const fixture = TestBed.createComponent(AuditPage);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;

    const first = backend.expectOne((r) => r.url === '/api/apps/app-1/audit');
    expect(first.request.params.get('limit')).toBe(String(AUDIT_PAGE));
    expect(first.request.params.has('before')).toBe(false);
    first.flush(events(AUDIT_PAGE));
    await settle(fixture);

    const older = el.querySelector<HTMLButtonElement>('[data-testid="load-older"]');
    expect(older).not.toBeNull();
    older?.click();
    const second = backend.expectOne((r) => r.url === '/api/apps/app-1/audit');
    expect(second.request.params.get('before')).toBe(`e${AUDIT_PAGE - 1}`);
    second.flush(events(3, AUDIT_PAGE));
    await settle(fixture);

    expect(el.textContent).toContain(`${AUDIT_PAGE + 3} events`);
    expect(el.querySelector('[data-testid="load-older"]')).toBeNull();
  });
});
