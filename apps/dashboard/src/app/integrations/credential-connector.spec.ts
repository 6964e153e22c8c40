import { FormBuilder } from '@angular/forms';
import { Provider } from '../core/integrations.models';
import { credentialConnectorForm, credentialKind, storeCredentialBody } from './credential-connector';

const tool = (fields: Record<string, unknown>): Provider => ({ id: 'postmark', name: 'Postmark', ...fields }) as unknown as Provider;

describe('credential connector form', () => {
  it('knows a credential tool by its authKind and leaves OAuth tools to the consent popup', () => {
    expect(credentialKind(tool({ authType: 'credential', authKind: 'bearer' }))).toBe('bearer');
    expect(credentialKind(tool({ authType: 'oauth2', authKind: 'oauth2' }))).toBeUndefined();
  });

  it('fixes the kind, header and name from the spec; only the key is typed in', () => {
    const p = tool({ authType: 'credential', authKind: 'apiKey', apiKeyIn: 'header', apiKeyName: 'X-Postmark-Server-Token' });
    const group = credentialConnectorForm(new FormBuilder(), p);
    expect(group.controls.type.disabled).toBe(true);
    expect(group.controls.name.disabled).toBe(true);
    expect(group.getRawValue()).toMatchObject({ type: 'api_key', in: 'header', name: 'X-Postmark-Server-Token' });
    expect(group.valid).toBe(false);
    group.controls.value.setValue('pm-key');
    expect(group.valid).toBe(true);
    expect(storeCredentialBody('apiKey', group)).toEqual({ apiKey: 'pm-key' });
  });

  it('asks a basic tool for user name and password only', () => {
    const group = credentialConnectorForm(new FormBuilder(), tool({ authType: 'credential', authKind: 'basic' }));
    expect(group.controls.token.disabled).toBe(true);
    group.controls.username.setValue(' ada ');
    group.controls.password.setValue('secret');
    expect(group.valid).toBe(true);
    expect(storeCredentialBody('basic', group)).toEqual({ username: 'ada', password: 'secret' });
  });
});
