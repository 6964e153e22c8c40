import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AppContext } from '../apps/app-context';
import { FunctionsListPage } from './functions-list.page';

describe('FunctionsListPage', () => {
  it('shows each trigger in words, the next run of a running schedule and a Paused badge', async () => {
    TestBed.configureTestingModule({
      imports: [FunctionsListPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), AppContext],
    });
    const backend = TestBed.inject(HttpTestingController);
    TestBed.inject(AppContext).set({ id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role: 'viewer' });
    const fixture = TestBed.createComponent(FunctionsListPage);
    await fixture.whenStable();
    const schedule = { type: 'schedule', cron: '0 18 * * *', timezone: 'Europe/Paris' };
    backend.expectOne('/api/apps/app-1/functions').flush([
      {
        id: 'f1',
        name: 'digest',
        trigger: schedule,
        triggerText: 'Every day at 18:00 (Europe/Paris)',
        enabled: true,
        nextRunAt: '2026-12-03T17:00:00Z',
      },
      { id: 'f2', name: 'digest-paused', trigger: schedule, triggerText: 'Every day at 18:00 (Europe/Paris)', enabled: false, nextRunAt: null },
      // An older server: no triggerText, no enabled flag.
      { id: 'f3', name: 'triage', trigger: { type: 'event', event: 'ticket.created' } },
    ]);
    for (let i = 0; i < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve));
      await fixture.whenStable();
    }
    const el: HTMLElement = fixture.nativeElement;
    const row = (id: string): Element | null => el.querySelector(`[data-function="${id}"]`);
    expect(row('f1')?.querySelector('[data-testid="function-trigger"]')?.textContent).toContain('Every day at 18:00 (Europe/Paris)');
    expect(row('f1')?.querySelector('[data-testid="next-run"]')).not.toBeNull();
    expect(row('f1')?.querySelector('[data-testid="paused-badge"]')).toBeNull();
    expect(row('f2')?.querySelector('[data-testid="paused-badge"]')?.textContent).toBe('Paused');
    expect(row('f2')?.querySelector('[data-testid="next-run"]')).toBeNull();
    expect(row('f3')?.querySelector('[data-testid="function-trigger"]')?.textContent?.trim()).toBe('When the app sends ticket.created');
    expect(row('f3')?.querySelector('[data-testid="paused-badge"]')).toBeNull();
    backend.verify();
  });
});
