import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App, AppRole } from '../core/api.models';
import { Connection } from '../core/integrations.models';
import { OAuthPopup, OAuthPopupResult } from '../core/oauth-popup.service';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { ChatPage } from './chat.page';

function app(role: AppRole): App {
  return { id: 'app-1', name: 'Helpdesk', description: null, createdAt: '2026-01-01T00:00:00Z', role };
}

const SLACK = {
  id: 'slack',
  name: 'Slack',
  operations: [{ id: 'chat.postMessage', summary: 'Post a message', scopes: ['chat:write'] }],
  scopes: [],
  examplePrompts: [],
};

const ANSWER = {
  reply: 'I will post to #support when a ticket is created.',
  plan: {
    connectors: [{ id: 'slack', requiredScopes: ['chat:write'], grantedScopes: [], missingScopes: ['chat:write'], status: 'not_connected' }],
    operations: [{ provider: 'slack', operationId: 'chat.postMessage', params: { 'body.channel': '#support' }, why: 'post a message' }],
    trigger: { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' },
  },
  actionRequired: [
    { provider: 'slack', permissions: [{ scope: 'chat:write', description: 'Post messages as you' }], connectUrl: 'http://sandbox/consent?x=1' },
  ],
  function: { id: 'fn-1', name: 'post-to-support', code: '' },
};

const CONNECTED: Connection = {
  provider: 'slack',
  providerName: 'Slack',
  status: 'active',
  account: { id: 'U1', label: 'ada@example.test' },
  grantedScopes: [{ scope: 'chat:write', description: 'Post messages as you' }],
  connectedBy: 'u1',
  connectedAt: '2026-01-01T00:00:00Z',
  lastRefreshedAt: null,
  expiresAt: null,
  notGranted: [],
  unavailableOperations: [],
};

async function settle(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  }
}

describe('ChatPage', () => {
  let backend: HttpTestingController;
  let popupResult: OAuthPopupResult;
  const opened: string[] = [];

  async function render(role: AppRole, prompt?: string): Promise<ComponentFixture<ChatPage>> {
    opened.length = 0;
    popupResult = { outcome: 'connected' };
    TestBed.configureTestingModule({
      imports: [ChatPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        AppContext,
        { provide: OAuthPopup, useValue: { open: (url: string) => (opened.push(url), Promise.resolve(popupResult)) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'user', disabled: false });
    TestBed.inject(AppContext).set(app(role));
    const fixture = TestBed.createComponent(ChatPage);
    if (prompt) fixture.componentRef.setInput('prompt', prompt);
    await fixture.whenStable();
    backend.expectOne('/api/apps/app-1/chat').flush([]);
    backend.expectOne('/api/providers').flush([SLACK]);
    backend.expectOne('/api/apps/app-1/connections').flush([]);
    await settle(fixture);
    return fixture;
  }

  async function ask(fixture: ComponentFixture<ChatPage>, text: string): Promise<HTMLElement> {
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector<HTMLTextAreaElement>('textarea[data-testid="chat-input"]');
    if (!box) throw new Error('chat box missing');
    box.value = text;
    box.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form.composer')?.dispatchEvent(new Event('submit'));
    const post = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' });
    expect(post.request.body).toEqual({ message: text });
    post.flush(ANSWER);
    await settle(fixture);
    return el;
  }

  function buttonNamed(el: HTMLElement, name: string): HTMLButtonElement {
    const b = Array.from(el.querySelectorAll('button')).find((x) => x.textContent?.trim() === name);
    if (!b) throw new Error(`no button "${name}"`);
    return b;
  }

  afterEach(() => backend.verify());

  it('puts a request it was given into the chat box, editable', async () => {
    const fixture = await render('editor', 'Post to #support when a ticket is created');
    const box = (fixture.nativeElement as HTMLElement).querySelector<HTMLTextAreaElement>('textarea');
    expect(box?.value).toBe('Post to #support when a ticket is created');
    expect(box?.readOnly).toBe(false);
  });

  it('shows the plan in words, the Action required card and a link to the function', async () => {
    const el = await ask(await render('editor'), 'Post a message to the #support channel when a new ticket is created');
    const plan = el.querySelector('[data-testid="plan-card"]');
    expect(plan?.textContent).toContain('Slack');
    expect(plan?.querySelector('[data-testid="tool-status"]')?.textContent?.trim()).toBe('Not connected');
    expect(plan?.querySelector('[data-testid="plan-operations"]')?.textContent).toContain('Post a message');
    expect(plan?.querySelector('[data-testid="plan-operations"]')?.textContent).toContain('channel: #support');
    expect(plan?.querySelector('[data-testid="plan-trigger"]')?.textContent?.trim()).toBe('When the app sends ticket.created');
    const card = el.querySelector('[data-testid="action-card"]');
    expect(card?.querySelector('h3')?.textContent).toBe('Action required');
    expect(card?.querySelector('[data-testid="required-permissions"]')?.textContent).toContain('Post messages as you');
    // The card says what Slack will ask for, and the button says what it does.
    expect(card?.querySelector('[data-testid="action-intro"]')?.textContent).toBe(
      'Connect your Slack account so this app can do what you asked. Slack will ask you to allow:',
    );
    expect(buttonNamed(el, 'Connect to Slack and allow 1 permission')).toBeTruthy();
    expect(el.querySelector('[data-testid="function-link"]')?.getAttribute('href')).toBe('/apps/app-1/code/functions/fn-1');
  });

  it('connects in the popup and then shows the tool connected', async () => {
    const fixture = await render('editor');
    const el = await ask(fixture, 'Post to #support');
    buttonNamed(el, 'Connect to Slack and allow 1 permission').click();
    await settle(fixture);
    expect(opened).toEqual(['http://sandbox/consent?x=1']);
    backend.expectOne('/api/apps/app-1/connections').flush([CONNECTED]);
    await settle(fixture);
    expect(el.querySelector('[data-testid="action-connected"]')?.textContent).toContain('Slack is connected');
    expect(el.querySelector('[data-testid="tool-status"]')?.textContent?.trim()).toBe('Connected');
  });

  it('says so when the consent was refused, and keeps the card', async () => {
    const fixture = await render('editor');
    const el = await ask(fixture, 'Post to #support');
    popupResult = { outcome: 'denied' };
    buttonNamed(el, 'Connect to Slack and allow 1 permission').click();
    await settle(fixture);
    backend.expectOne('/api/apps/app-1/connections').flush([]);
    await settle(fixture);
    expect(el.querySelector('[data-testid="action-error"]')?.textContent).toContain('not approved');
    expect(el.querySelector('[data-testid="action-connected"]')).toBeNull();
  });

  it('Skip dismisses the card and connects nothing', async () => {
    const fixture = await render('editor');
    const el = await ask(fixture, 'Post to #support');
    buttonNamed(el, 'Skip').click();
    await settle(fixture);
    expect(opened).toEqual([]);
    expect(el.querySelector('[data-testid="action-skipped"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="required-permissions"]')).toBeNull();
  });

  it('asks for a fresh consent URL for a card from the stored thread (which keeps none)', async () => {
    opened.length = 0;
    popupResult = { outcome: 'connected' };
    TestBed.configureTestingModule({
      imports: [ChatPage],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        AppContext,
        { provide: OAuthPopup, useValue: { open: (url: string) => (opened.push(url), Promise.resolve(popupResult)) } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    TestBed.inject(Session).start('tok', { id: 'u1', email: 'ada@example.test', name: 'Ada', role: 'user', disabled: false });
    TestBed.inject(AppContext).set(app('owner'));
    const fixture = TestBed.createComponent(ChatPage);
    await fixture.whenStable();
    const stored = {
      ...ANSWER,
      actionRequired: [{ provider: 'slack', name: 'Slack', mode: 'connect', permissions: ANSWER.actionRequired[0].permissions }],
    };
    backend.expectOne('/api/apps/app-1/chat').flush([
      { id: 'u1', role: 'user', content: 'Post to #support', answer: null },
      { id: 'a1', role: 'assistant', content: ANSWER.reply, answer: stored },
    ]);
    backend.expectOne('/api/providers').flush([SLACK]);
    backend.expectOne('/api/apps/app-1/connections').flush([]);
    await settle(fixture);
    const el: HTMLElement = fixture.nativeElement;
    buttonNamed(el, 'Connect to Slack and allow 1 permission').click();
    await settle(fixture);
    const auth = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/connections/slack/authorize' });
    expect(auth.request.body).toEqual({ scopes: ['chat:write'], mode: 'connect' });
    auth.flush({ authorizationUrl: 'http://sandbox/fresh', state: 's', mode: 'connect', requestedScopes: [], expiresAt: '' });
    await settle(fixture);
    expect(opened).toEqual(['http://sandbox/fresh']);
    backend.expectOne('/api/apps/app-1/connections').flush([CONNECTED]);
    await settle(fixture);
    expect(el.querySelector('[data-testid="action-connected"]')).not.toBeNull();
  });

  it('says why a tool cannot be connected yet instead of offering Connect', async () => {
    const fixture = await render('editor');
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector<HTMLTextAreaElement>('textarea[data-testid="chat-input"]');
    if (!box) throw new Error('chat box missing');
    box.value = 'Post to #support';
    box.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form.composer')?.dispatchEvent(new Event('submit'));
    backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' }).flush({
      ...ANSWER,
      actionRequired: [
        { ...ANSWER.actionRequired[0], connectUrl: null, connectError: { code: 'provider_not_configured', message: 'Slack is not set up yet' } },
      ],
    });
    await settle(fixture);
    expect(el.querySelector('[data-testid="action-unavailable"]')?.textContent).toContain('Slack is not set up yet');
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent?.includes('Connect to'))).toBe(false);
  });

  it('shows a question with its options as buttons; choosing one sends it', async () => {
    const fixture = await render('editor');
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector<HTMLTextAreaElement>('textarea[data-testid="chat-input"]');
    if (!box) throw new Error('chat box missing');
    box.value = 'Sync leads into my CRM';
    box.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form.composer')?.dispatchEvent(new Event('submit'));
    backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' }).flush({
      reply: 'Which CRM do you mean?',
      kind: 'question',
      plan: { connectors: [], operations: [], trigger: { type: 'http', description: 'When asked' } },
      actionRequired: [],
      question: 'Salesforce or HubSpot?',
      options: [
        { id: 'salesforce', label: 'Salesforce' },
        { id: 'hubspot', label: 'HubSpot' },
      ],
    });
    await settle(fixture);
    expect(el.querySelector('[data-testid="chat-question"] h3')?.textContent).toBe('Salesforce or HubSpot?');
    buttonNamed(el, 'HubSpot').click();
    const post = backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' });
    expect(post.request.body).toEqual({ message: 'HubSpot' });
    post.flush({ reply: 'HubSpot it is.', plan: null, actionRequired: [] });
    await settle(fixture);
  });

  it('asks to approve only the missing permissions of a connected tool, in those words', async () => {
    const fixture = await render('editor');
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector<HTMLTextAreaElement>('textarea[data-testid="chat-input"]');
    if (!box) throw new Error('chat box missing');
    box.value = 'Post to #support';
    box.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('form.composer')?.dispatchEvent(new Event('submit'));
    backend.expectOne({ method: 'POST', url: '/api/apps/app-1/chat' }).flush({
      ...ANSWER,
      actionRequired: [{ ...ANSWER.actionRequired[0], status: 'missing_scopes', mode: 'add_scopes' }],
    });
    await settle(fixture);
    expect(el.querySelector('[data-testid="action-intro"]')?.textContent).toBe(
      'Slack is connected, but what you asked needs more. Slack will ask you to approve these additional permissions:',
    );
    expect(buttonNamed(el, 'Approve 1 more permission in Slack')).toBeTruthy();
  });

  it('gives viewers the plan without Connect', async () => {
    const el = await ask(await render('viewer'), 'Post to #support');
    expect(el.querySelector('[data-testid="plan-card"]')).not.toBeNull();
    expect(Array.from(el.querySelectorAll('button')).some((b) => b.textContent?.includes('Connect to'))).toBe(false);
  });
});
