import { ChangeDetectionStrategy, Component, computed, effect, ElementRef, inject, input, signal, untracked, viewChild } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { describeApiError } from '../core/api-error';
import { Connection, Provider } from '../core/integrations.models';
import { IntegrationsApi } from '../core/integrations-api.service';
import { describeOAuthResult, describePartialGrant, OAuthPopup } from '../core/oauth-popup.service';
import { Session } from '../core/session';
import { AppContext } from '../apps/app-context';
import { consentWords } from '../integrations/consent-words';
import { ActionRequired, ChatMessage, PlanConnector, PlanOperation } from './chat.models';
import { ChatApi } from './chat-api.service';
import { actionStillRequired, answerMessage, liveStatus, paramsWords, statusWords, triggerWords } from './chat-helpers';

/** What happened to one Action required card in this visit. */
type CardState = 'waiting' | 'skipped' | { error: string };

/**
 * An app's chat: a request in plain words becomes a plan (tools, steps, trigger), an Action required card per
 * tool still to connect (Connect in the consent popup, or Skip), a question when the request is ambiguous,
 * and a link to the function the request produced.
 */
@Component({
  selector: 'app-chat-page',
  imports: [RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule],
  templateUrl: './chat.page.html',
  styleUrl: './chat.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatPage {
  private readonly api = inject(ChatApi);
  private readonly integrations = inject(IntegrationsApi);
  private readonly popup = inject(OAuthPopup);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly context = inject(AppContext);

  /** Query parameter: a request to start from (Browse → Use, or an example prompt); editable before sending. */
  readonly prompt = input<string | undefined>(undefined);

  protected readonly messages = signal<ChatMessage[]>([]);
  protected readonly providers = signal<Provider[]>([]);
  protected readonly connections = signal<Connection[]>([]);
  protected readonly draft = signal('');
  protected readonly loading = signal(false);
  protected readonly sending = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly cards = signal<Record<string, CardState>>({});

  private readonly box = viewChild<ElementRef<HTMLTextAreaElement>>('box');

  protected readonly canEdit = computed(() => {
    const role = this.context.app()?.role;
    return role === 'owner' || role === 'editor' || (role === null && this.session.isAdmin());
  });

  protected readonly statusWords = statusWords;
  protected readonly triggerWords = triggerWords;
  protected readonly paramsWords = paramsWords;

  private loadedFor: string | null = null;

  constructor() {
    effect(() => {
      const app = this.context.app();
      if (app && app.id !== this.loadedFor) untracked(() => void this.load(app.id));
    });
    effect(() => {
      const text = this.prompt();
      if (text) {
        untracked(() => {
          this.draft.set(text);
          queueMicrotask(() => this.box()?.nativeElement.focus());
        });
      }
    });
  }

  protected async load(appId: string): Promise<void> {
    this.loadedFor = appId;
    this.loading.set(true);
    this.error.set(null);
    try {
      const [messages, providers, connections] = await Promise.all([
        this.api.thread(appId),
        this.integrations.providers(),
        this.integrations.connections(appId),
      ]);
      this.messages.set(messages);
      this.providers.set(providers);
      this.connections.set(connections);
    } catch (err) {
      this.loadedFor = null;
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected providerName(id: string, fallback?: string): string {
    return this.providers().find((p) => p.id === id)?.name ?? fallback ?? id;
  }

  /** The card's words: what the tool will ask to allow, and what the button does. */
  protected consent(a: ActionRequired, name: string): ReturnType<typeof consentWords> {
    const kind = a.mode ?? (a.status === 'missing_scopes' ? 'add_scopes' : a.status === 'needs_reconnect' ? 'reconnect' : 'connect');
    return consentWords(kind, name, a.permissions.length);
  }

  /** Whether Connect can be offered: the answer's consent URL, or (stored thread) a fresh one on click. */
  protected canConnect(a: ActionRequired): boolean {
    return this.canEdit() && (!!a.connectUrl || !a.connectError);
  }

  protected operationWords(op: PlanOperation): string {
    const summary = this.providers()
      .find((p) => p.id === op.provider)
      ?.operations.find((o) => o.id === op.operationId)?.summary;
    return summary?.trim() || op.operationId;
  }

  protected connectorStatus(c: PlanConnector): string {
    return statusWords(this.connections().length || c.status === 'connected' ? liveStatus(c, this.connections()) : c.status);
  }

  protected cardKey(m: ChatMessage, a: ActionRequired): string {
    return `${m.id}|${a.provider}`;
  }

  protected cardState(m: ChatMessage, a: ActionRequired): 'connected' | 'skipped' | 'waiting' | 'open' {
    if (!actionStillRequired(a, this.connections())) return 'connected';
    const s = this.cards()[this.cardKey(m, a)];
    return s === 'skipped' ? 'skipped' : s === 'waiting' ? 'waiting' : 'open';
  }

  protected cardError(m: ChatMessage, a: ActionRequired): string | null {
    const s = this.cards()[this.cardKey(m, a)];
    return typeof s === 'object' ? s.error : null;
  }

  private setCard(key: string, state: CardState | null): void {
    this.cards.update((all) => {
      const next = { ...all };
      if (state === null) delete next[key];
      else next[key] = state;
      return next;
    });
  }

  protected onInput(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.send();
    }
  }

  protected submit(event: Event): void {
    event.preventDefault();
    void this.send();
  }

  /** Sends the draft (or a question's chosen option) and adds both sides to the thread. */
  protected async send(text = this.draft()): Promise<void> {
    const app = this.context.app();
    const message = text.trim();
    if (!app || !message || this.sending()) return;
    this.error.set(null);
    this.sending.set(true);
    const stamp = Date.now();
    const mine: ChatMessage = {
      id: `local-${stamp}`,
      role: 'user',
      text: message,
      createdAt: new Date().toISOString(),
      plan: null,
      actionRequired: [],
      question: null,
      function: null,
      functionId: null,
    };
    this.messages.update((all) => [...all, mine]);
    try {
      const answer = await this.api.send(app.id, message);
      this.messages.update((all) => [...all, answerMessage(answer, `local-${stamp}-a`)]);
      if (text === this.draft()) this.draft.set('');
      // The request came from Browse: once sent, a reload must not put it back into the box.
      if (this.prompt()) void this.router.navigate([], { relativeTo: this.route, queryParams: { prompt: null }, replaceUrl: true });
    } catch (err) {
      this.messages.update((all) => all.filter((m) => m !== mine));
      this.error.set(describeApiError(err));
    } finally {
      this.sending.set(false);
    }
  }

  /** Opens the consent URL in the popup; afterwards the live connections decide whether the card is done. */
  protected async connect(m: ChatMessage, a: ActionRequired): Promise<void> {
    const app = this.context.app();
    if (!app) return;
    const key = this.cardKey(m, a);
    this.setCard(key, 'waiting');
    let url = a.connectUrl;
    if (!url) {
      // The stored thread keeps no consent URLs (they expire): ask for one for just these permissions.
      try {
        const auth = await this.integrations.authorize(app.id, a.provider, {
          scopes: a.permissions.map((p) => p.scope),
          mode: a.mode ?? 'connect',
        });
        url = auth.authorizationUrl;
      } catch (err) {
        this.setCard(key, { error: describeApiError(err) });
        return;
      }
    }
    const result = await this.popup.open(url);
    try {
      this.connections.set(await this.integrations.connections(app.id));
    } catch (err) {
      this.setCard(key, { error: describeApiError(err) });
      return;
    }
    const tool = this.providerName(a.provider, a.name);
    // Connected with permissions left unticked at the provider: the card stays, saying which.
    const problem = describeOAuthResult(result, tool) ?? describePartialGrant(result, tool);
    // A popup that finished on another origin cannot tell us; the connection list still can.
    if (!actionStillRequired(a, this.connections())) this.setCard(key, null);
    else this.setCard(key, problem ? { error: problem } : null);
  }

  /** Dismisses the card; nothing is connected. */
  protected skip(m: ChatMessage, a: ActionRequired): void {
    this.setCard(this.cardKey(m, a), 'skipped');
  }

  protected undoSkip(m: ChatMessage, a: ActionRequired): void {
    this.setCard(this.cardKey(m, a), null);
  }
}
