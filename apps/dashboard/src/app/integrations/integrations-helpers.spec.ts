import { Provider } from '../core/integrations.models';
import { groupProviders } from '../settings/providers-settings.page';
import { missingPermissionsOf, requiredParamsOf } from './connection-detail.page';
import { defaultOperations, hueOf, initialsOf, permissionsFor, reconnectReason } from './integrations-store';

function provider(over: Partial<Provider>): Provider {
  return {
    id: 'p',
    name: 'P',
    category: 'Other',
    description: '',
    authType: 'oauth2',
    authKind: 'oauth2',
    authGroup: 'p',
    configured: false,
    redirectUri: 'http://127.0.0.1:3000/api/oauth/callback',
    scopes: [],
    operations: [],
    examplePrompts: [],
    setupNotes: [],
    ...over,
  };
}

describe('integration helpers', () => {
  it('makes initials from the tool name', () => {
    expect(initialsOf('Google Calendar')).toBe('GC');
    expect(initialsOf('Slack')).toBe('S');
    expect(hueOf('slack')).toBe(hueOf('slack'));
    expect(hueOf('slack')).toBeLessThan(360);
  });

  it("lists the least-privilege permissions of a prompt's operations once, in words", () => {
    const p = provider({
      scopes: [
        { scope: 'chat:write', description: 'Post messages' },
        { scope: 'channels:read', description: 'See channels' },
      ],
      operations: [
        { id: 'chat.postMessage', summary: '', method: 'post', scopes: ['chat:write'], readOnly: false },
        { id: 'conversations.list', summary: '', method: 'get', scopes: ['channels:read'], readOnly: true },
        { id: 'chat.update', summary: '', method: 'post', scopes: ['chat:write'], readOnly: false },
      ],
    });
    expect(permissionsFor(p, ['chat.postMessage', 'chat.update'])).toEqual([{ scope: 'chat:write', description: 'Post messages' }]);
    expect(defaultOperations(p)).toEqual(['conversations.list']);
  });

  it('groups providers that share an OAuth client', () => {
    const groups = groupProviders([
      provider({ id: 'google-drive', name: 'Google Drive', authGroup: 'google', configured: true }),
      provider({ id: 'slack', name: 'Slack', authGroup: 'slack' }),
      provider({ id: 'google-calendar', name: 'Google Calendar', authGroup: 'google', configured: true }),
    ]);
    expect(groups.map((g) => [g.id, g.providers.map((p) => p.id), g.configured])).toEqual([
      ['google', ['google-calendar', 'google-drive'], true],
      ['slack', ['slack'], false],
    ]);
  });

  it('finds the top-level parameters a person can supply from an invalid_input answer', () => {
    expect(requiredParamsOf([{ path: 'fields', message: 'is required' }])).toEqual(['fields']);
    expect(requiredParamsOf([{ path: 'body', message: 'is required' }])).toBeNull();
    expect(requiredParamsOf([{ path: 'body.filters', message: 'is required' }])).toBeNull();
    expect(requiredParamsOf([{ path: 'limit', message: 'must be integer' }])).toBeNull();
    expect(requiredParamsOf([])).toBeNull();
  });

  it('reads the missing permissions of an insufficient_scope answer in either shape', () => {
    expect(missingPermissionsOf({ missingPermissions: [{ scope: 'a', description: 'A' }], missingScopes: ['a'] })).toEqual([
      { scope: 'a', description: 'A' },
    ]);
    expect(missingPermissionsOf({ missingScopes: ['b', { scope: 'c', description: 'C' }] })).toEqual([
      { scope: 'b', description: 'b' },
      { scope: 'c', description: 'C' },
    ]);
  });

  it('explains a bare provider code as revoked or expired access', () => {
    expect(reconnectReason('HubSpot', 'invalid_grant')).toContain('revoked or has expired at HubSpot');
    expect(reconnectReason('HubSpot', null)).toContain('revoked or has expired');
    expect(reconnectReason('HubSpot', 'The refresh token was revoked by the user')).toBe('The refresh token was revoked by the user');
  });
});
