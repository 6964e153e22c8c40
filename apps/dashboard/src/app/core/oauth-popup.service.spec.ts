import { describeOAuthResult, describePartialGrant, isOAuthCompleteMessage, OAuthPopup } from './oauth-popup.service';

describe('OAuthPopup', () => {
  afterEach(() => jest.restoreAllMocks());

  function fakePopup(): { closed: boolean; focus: jest.Mock } {
    return { closed: false, focus: jest.fn() };
  }

  it('reports a blocked popup instead of waiting forever', async () => {
    jest.spyOn(window, 'open').mockReturnValue(null);
    await expect(new OAuthPopup().open('https://consent.example.test/')).resolves.toEqual({ outcome: 'blocked' });
  });

  it('opens a named, sized popup and resolves with the message from our own origin', async () => {
    const popup = fakePopup();
    const open = jest.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
    const result = new OAuthPopup().open('https://consent.example.test/auth');
    expect(open).toHaveBeenCalledWith('https://consent.example.test/auth', 'patchbay-oauth', expect.stringContaining('width='));

    // Another origin's message is ignored, even when it looks right.
    window.dispatchEvent(
      new MessageEvent('message', { origin: 'https://evil.example.test', data: { type: 'patchbay-oauth', outcome: 'connected' } }),
    );
    window.dispatchEvent(
      new MessageEvent('message', {
        origin: window.location.origin,
        data: { type: 'patchbay-oauth', outcome: 'error', code: 'account_mismatch', message: 'Wrong account', provider: 'slack' },
      }),
    );
    await expect(result).resolves.toEqual({ outcome: 'error', code: 'account_mismatch', message: 'Wrong account', provider: 'slack' });
  });

  it('resolves "closed" when the popup is closed without an answer', async () => {
    jest.useFakeTimers();
    try {
      const popup = fakePopup();
      jest.spyOn(window, 'open').mockReturnValue(popup as unknown as Window);
      const result = new OAuthPopup().open('https://consent.example.test/auth');
      popup.closed = true;
      jest.advanceTimersByTime(2_000);
      await expect(result).resolves.toEqual({ outcome: 'closed' });
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('OAuth outcome wording', () => {
  it('recognises only well-formed completion messages', () => {
    expect(isOAuthCompleteMessage({ type: 'patchbay-oauth', outcome: 'denied' })).toBe(true);
    expect(isOAuthCompleteMessage({ type: 'patchbay-oauth', outcome: 'hacked' })).toBe(false);
    expect(isOAuthCompleteMessage({ type: 'other', outcome: 'connected' })).toBe(false);
    expect(isOAuthCompleteMessage('connected')).toBe(false);
  });

  it('explains every way a consent can end in plain words', () => {
    expect(describeOAuthResult({ outcome: 'connected' }, 'Slack')).toBeNull();
    expect(describeOAuthResult({ outcome: 'blocked' }, 'Slack')).toContain('blocked the Slack sign-in window');
    expect(describeOAuthResult({ outcome: 'closed' }, 'Slack')).toContain('closed before it finished');
    expect(describeOAuthResult({ outcome: 'denied' }, 'Slack')).toContain('not approved');
    expect(describeOAuthResult({ outcome: 'error', code: 'account_mismatch' }, 'Slack')).toContain('Switch account');
    expect(describeOAuthResult({ outcome: 'error', code: 'state_expired', message: 'Took too long' }, 'Slack')).toBe('Took too long');
  });

  it('says a partial grant (connected with permissions left unticked) in the API words, nothing for a full one', () => {
    const message = 'Google Calendar is connected, but not every permission was granted. Not granted: See, add, change and delete events.';
    expect(describePartialGrant({ outcome: 'connected', notGranted: 'calendar.events', message }, 'Google Calendar')).toBe(message);
    expect(describePartialGrant({ outcome: 'connected', notGranted: 'calendar.events' }, 'Google Calendar')).toContain('did not grant every');
    expect(describePartialGrant({ outcome: 'connected' }, 'Google Calendar')).toBeNull();
    expect(describePartialGrant({ outcome: 'denied' }, 'Google Calendar')).toBeNull();
  });
});
