import { TestBed } from '@angular/core/testing';
import { OAuthCompletePage, readOAuthOutcome } from './oauth-complete.page';

describe('readOAuthOutcome', () => {
  it('carries the callback parameters into the message', () => {
    expect(readOAuthOutcome('?outcome=connected&appId=a1&provider=slack&mode=switch')).toEqual({
      type: 'patchbay-oauth',
      outcome: 'connected',
      appId: 'a1',
      provider: 'slack',
      mode: 'switch',
    });
  });

  it('treats a missing or unknown outcome as an error', () => {
    expect(readOAuthOutcome('?outcome=weird').outcome).toBe('error');
    expect(readOAuthOutcome('').outcome).toBe('error');
  });
});

describe('OAuthCompletePage', () => {
  afterEach(() => {
    jest.restoreAllMocks();
    Object.defineProperty(window, 'opener', { value: null, configurable: true, writable: true });
    window.history.replaceState(null, '', '/');
  });

  it('posts the outcome to its opener on our own origin and closes itself', () => {
    window.history.replaceState(null, '', '/oauth/complete?outcome=denied&provider=notion');
    const postMessage = jest.fn();
    // jsdom's opener is a plain data property (null), so it is replaced for this test and restored after.
    Object.defineProperty(window, 'opener', { value: { closed: false, postMessage }, configurable: true, writable: true });
    const close = jest.spyOn(window, 'close').mockImplementation(() => undefined);

    const fixture = TestBed.createComponent(OAuthCompletePage);
    fixture.detectChanges();

    expect(postMessage).toHaveBeenCalledWith({ type: 'patchbay-oauth', outcome: 'denied', provider: 'notion' }, window.location.origin);
    expect(close).toHaveBeenCalled();
  });

  it('says the outcome in words when nobody opened it', () => {
    window.history.replaceState(null, '', '/oauth/complete?outcome=error&code=state_expired&message=Took%20too%20long');
    const fixture = TestBed.createComponent(OAuthCompletePage);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Connection failed');
    expect(text).toContain('Took too long');
  });

  it('says a partial grant in words and passes what was not granted to the opener', () => {
    const message = 'Google Calendar is connected, but not every permission was granted. Not granted: See, add, change and delete events.';
    const q = new URLSearchParams({
      outcome: 'connected',
      provider: 'google-calendar',
      notGranted: 'calendar.events',
      unavailable: 'events.insert',
      message,
    });
    window.history.replaceState(null, '', `/oauth/complete?${q}`);
    expect(readOAuthOutcome(`?${q}`)).toMatchObject({ outcome: 'connected', notGranted: 'calendar.events', unavailable: 'events.insert', message });
    const fixture = TestBed.createComponent(OAuthCompletePage);
    fixture.detectChanges();
    const text = (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text).toContain('Connected with fewer permissions');
    expect(text).toContain('Not granted: See, add, change and delete events.');
    expect(text).toContain('ask for them again');
  });
});
