import { consentWords, noteParts } from './consent-words';

describe('noteParts', () => {
  it('turns backtick spans into code parts and keeps the words around them', () => {
    expect(noteParts('In that channel, type `/invite @YourApp` (with your app’s name).')).toEqual([
      { text: 'In that channel, type ', code: false },
      { text: '/invite @YourApp', code: true },
      { text: ' (with your app’s name).', code: false },
    ]);
  });

  it('leaves a note without code, and an unpaired backtick, as written', () => {
    expect(noteParts('Child pages inherit access.')).toEqual([{ text: 'Child pages inherit access.', code: false }]);
    expect(noteParts('A lone ` stays')).toEqual([{ text: 'A lone ` stays', code: false }]);
  });
});

describe('consentWords', () => {
  it('says how many permissions a first connection asks for', () => {
    expect(consentWords('connect', 'Slack', 2)).toEqual({
      intro: 'Connect your Slack account so this app can do what you asked. Slack will ask you to allow:',
      button: 'Connect to Slack and allow 2 permissions',
      waiting: 'Waiting for Slack…',
    });
    expect(consentWords('connect', 'Notion', 0).button).toBe('Connect to Notion (sign-in only)');
  });

  it('asks an existing connection only for the additional permissions', () => {
    const words = consentWords('add_scopes', 'Slack', 1);
    expect(words.button).toBe('Approve 1 more permission in Slack');
    expect(words.intro).toContain('additional permissions');
    expect(words.intro).not.toMatch(/^Connect/);
  });

  it('names a reconnect as one', () => {
    expect(consentWords('reconnect', 'LinkedIn', 3).button).toBe('Reconnect LinkedIn');
  });
});
