import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConnectionActions } from './connection-actions';
import { ConnectionGrant, GrantStatusComponent } from './grant-status.component';
import { IntegrationsStore } from './integrations-store';

const WRITE = { scope: 'calendar.events', description: 'See, add, change and delete events' };

function connection(extra: Partial<ConnectionGrant> = {}): ConnectionGrant {
  return {
    provider: 'google-calendar',
    providerName: 'Google Calendar',
    status: 'active',
    account: { id: '1', label: 'ada@example.com' },
    grantedScopes: [{ scope: 'calendar.events.readonly', description: 'See the events' }],
    connectedBy: null,
    connectedAt: '2026-12-03T10:00:00Z',
    lastRefreshedAt: null,
    expiresAt: null,
    ...extra,
  } as ConnectionGrant;
}

describe('GrantStatusComponent', () => {
  const approveMore = jest.fn();
  const canEdit = signal(true);

  function render(c: ConnectionGrant) {
    TestBed.configureTestingModule({
      imports: [GrantStatusComponent],
      providers: [
        { provide: ConnectionActions, useValue: { approveMore } },
        { provide: IntegrationsStore, useValue: { canEdit } },
      ],
    });
    const fixture = TestBed.createComponent(GrantStatusComponent);
    fixture.componentRef.setInput('connection', c);
    fixture.componentRef.setInput('providerName', 'Google Calendar');
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => {
    approveMore.mockReset();
    canEdit.set(true);
  });

  it('shows nothing when everything asked for was granted (or the API does not say)', () => {
    expect((render(connection({ notGranted: [] })).nativeElement as HTMLElement).textContent?.trim()).toBe('');
    TestBed.resetTestingModule();
    expect((render(connection()).nativeElement as HTMLElement).querySelector('[data-testid="grant-status"]')).toBeNull();
  });

  it('names what was not granted and what will not work, and asks again for just those permissions', async () => {
    approveMore.mockResolvedValue({ ok: false, message: 'Access to Google Calendar was not approved, so nothing was changed.' });
    const c = connection({ notGranted: [WRITE], unavailableOperations: [{ id: 'events.insert', summary: 'Create an event' }] });
    const fixture = render(c);
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="not-granted"]')?.textContent).toContain(WRITE.description);
    expect(el.querySelector('[data-testid="unavailable-operations"]')?.textContent).toContain('Create an event');

    el.querySelector('button')?.click();
    await fixture.whenStable();
    fixture.detectChanges();
    expect(approveMore).toHaveBeenCalledWith(c, [WRITE.scope]);
    const outcome = el.querySelector('[data-testid="grant-outcome"]');
    expect(outcome?.getAttribute('role')).toBe('alert');
    expect(outcome?.textContent).toContain('not approved');
  });

  it('offers no button to someone who cannot edit the app', () => {
    canEdit.set(false);
    const el = render(connection({ notGranted: [WRITE] })).nativeElement as HTMLElement;
    expect(el.querySelector('[data-testid="not-granted"]')).not.toBeNull();
    expect(el.querySelector('button')).toBeNull();
  });
});
