import { Injectable, Logger, Optional } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FunctionEdit, PlannedOperation, PlannerConnectionState, PlanResult } from '@patchbay/planner';
import type { ProviderModel } from '@patchbay/spec';
import { randomUUID } from 'node:crypto';
import { Repository } from 'typeorm';
import { ApiException } from '../../platform/errors/api-exception';
import { roleAtLeast } from '../apps/entities/app-member.entity';
import type { AppAccess } from '../apps/guards/app-access';
import { ConnectionConsent } from '../connections/connection-consent.service';
import { ConnectionStore } from '../connections/connection-store.service';
import type { UserPrincipal } from '../identity/principal';
import { CatalogService } from '../providers/catalog.service';
import { ChatException } from './chat.exception';
import { ChatFunctionsPort, type ChatFunctionView } from './chat-functions.port';
import { ChatPlannerService } from './chat-planner.service';
import {
  MAX_CHAT_BYTES,
  MAX_CHAT_CHARS,
  type ChatActionView,
  type ChatAnswerView,
  type ChatConnectorView,
  type ChatMessageView,
  type ChatRequestDto,
} from './dtos/chat.dto';
import { ChatMessage } from './entities/chat-message.entity';

type ConnectionState = PlannerConnectionState;

/** How many messages of a thread one GET returns (the newest ones, oldest first). */
const THREAD_LIMIT = 200;

@Injectable()
export class ChatService {
  private readonly logger = new Logger('Chat');

  constructor(
    @InjectRepository(ChatMessage) private readonly messages: Repository<ChatMessage>,
    private readonly planner: ChatPlannerService,
    private readonly connections: ConnectionStore,
    private readonly consent: ConnectionConsent,
    private readonly catalog: CatalogService,
    @Optional() private readonly functions?: ChatFunctionsPort,
  ) {}

  /** Empty, blank, too long, too wide or mostly control characters: a 400 with the reason. */
  private checkMessage(raw: string): string {
    const message = raw.normalize('NFC');
    if (!message.trim()) throw ChatException.invalidMessage('Write what your app should do: the message is empty');
    if (message.length > MAX_CHAT_CHARS) throw ChatException.invalidMessage(`The message is longer than ${MAX_CHAT_CHARS} characters`);
    if (Buffer.byteLength(message, 'utf8') > MAX_CHAT_BYTES) throw ChatException.invalidMessage(`The message is larger than ${MAX_CHAT_BYTES} bytes`);
    // eslint-disable-next-line no-control-regex
    const control = (message.match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD]/g) ?? []).length;
    if (control > 0 && control / message.length > 0.05) throw ChatException.invalidMessage('The message looks like binary data, not words');
    return message;
  }

  async ask(access: AppAccess, caller: UserPrincipal, dto: ChatRequestDto, timezone?: string): Promise<ChatAnswerView> {
    const message = this.checkMessage(dto.message);
    const appId = access.app.id;
    const editor = roleAtLeast(access.role, 'editor');
    const rows = await this.connectionRows(appId);
    const ctx = { connections: rows, timezone };

    let answer: Omit<ChatAnswerView, 'messageId' | 'actionRequired'> & { actionRequired?: ChatActionView[] };
    let planned: PlannedOperation[] = [];
    if (dto.functionId && this.functions) {
      const outline = await this.functions.outline(appId, dto.functionId);
      const edit = this.planner.planEdit(message, outline, ctx);
      let fn: ChatFunctionView | undefined;
      if (edit.kind === 'edit' && editor) fn = await this.functions.applyEdits(appId, caller, dto.functionId, edit.edits);
      planned = edit.edits.filter((e): e is Extract<FunctionEdit, { kind: 'add_step' }> => e.kind === 'add_step').map((e) => e.operation);
      answer = {
        reply: edit.kind === 'edit' && !editor ? `${edit.reply} (Only editors can change functions.)` : edit.reply,
        kind: edit.kind,
        plan: { connectors: [], operations: planned, trigger: outline.trigger, functionName: outline.name },
        edits: edit.edits,
        ...(edit.question ? { question: edit.question.text, options: edit.question.options } : {}),
        ...(fn ? { function: fn } : {}),
      };
    } else {
      const result = await this.planner.plan(await this.withLastQuestion(appId, message), ctx);
      planned = result.operations;
      let fn: ChatFunctionView | undefined;
      if (result.kind === 'plan' && editor && this.functions) fn = await this.functions.createFromPlan(appId, caller, result);
      answer = {
        reply: result.reply,
        kind: result.kind,
        plan: { connectors: [], operations: result.operations, trigger: result.trigger, functionName: result.functionName },
        ...(result.question ? { question: result.question.text, options: result.question.options } : {}),
        ...(fn ? { function: fn } : {}),
      };
    }
    const { connectors, actions } = await this.connectorsFor(planned, rows, caller, appId, editor);
    answer.plan.connectors = connectors;
    answer.actionRequired = actions;

    const now = Date.now();
    const userRow = this.messages.create({
      id: randomUUID(),
      appId,
      userId: caller.user.id,
      role: 'user',
      content: message,
      functionId: dto.functionId ?? null,
      answer: null,
      createdAt: new Date(now),
    });
    const stored = {
      ...answer,
      actionRequired: actions.map((a) => ({ provider: a.provider, name: a.name, status: a.status, mode: a.mode, permissions: a.permissions })),
    };
    const replyRow = this.messages.create({
      id: randomUUID(),
      appId,
      userId: null,
      role: 'assistant',
      content: answer.reply,
      functionId: answer.function?.id ?? dto.functionId ?? null,
      answer: stored as unknown as Record<string, unknown>,
      // One millisecond later, so the thread's order never depends on the insert order.
      createdAt: new Date(now + 1),
    });
    await this.messages.save([userRow, replyRow]);
    return { ...(answer as ChatAnswerView), actionRequired: actions, messageId: replyRow.id };
  }

  async thread(appId: string): Promise<ChatMessageView[]> {
    const rows = await this.messages.find({ where: { appId }, order: { createdAt: 'DESC' }, take: THREAD_LIMIT });
    return rows.reverse().map((m) => ({
      id: m.id,
      role: m.role,
      content: m.content,
      userId: m.userId,
      functionId: m.functionId,
      answer: m.answer,
      createdAt: m.createdAt.toISOString(),
    }));
  }

  /**
   * A short answer to the last question ("HubSpot" after "Salesforce or HubSpot?") re-plans the request that raised
   * it with the choice added, so the follow-up refers to the last plan.
   */
  private async withLastQuestion(appId: string, message: string): Promise<string> {
    const last = await this.messages.find({ where: { appId }, order: { createdAt: 'DESC' }, take: 2 });
    const reply = last.find((m) => m.role === 'assistant');
    const asked = last.find((m) => m.role === 'user');
    const options = reply?.answer?.['options'] as Array<{ id: string; label: string }> | undefined;
    if (!reply || !asked || reply.answer?.['kind'] !== 'question' || !options?.length) return message;
    const lower = message.toLowerCase();
    const chosen = options.find((o) => lower.includes(o.label.toLowerCase()) || lower.includes(o.id.toLowerCase()));
    if (!chosen || message.split(/\s+/).length > 8) return message;
    return `${asked.content} Use ${chosen.label}.`;
  }

  private async connectionRows(appId: string): Promise<ConnectionState[]> {
    return (await this.connections.list(appId)).map((c) => ({
      provider: c.provider,
      status: c.status === 'needs_reconnect' ? 'needs_reconnect' : 'active',
      grantedScopes: c.grantedScopes.map((s) => s.scope),
    }));
  }

  private async connectorsFor(
    operations: PlannedOperation[],
    rows: ConnectionState[],
    caller: UserPrincipal,
    appId: string,
    editor: boolean,
  ): Promise<{ connectors: ChatConnectorView[]; actions: ChatActionView[] }> {
    const connectors: ChatConnectorView[] = [];
    const actions: ChatActionView[] = [];
    const ids = [...new Set(operations.map((o) => o.provider))];
    for (const id of ids) {
      const provider = this.catalog.find(id);
      if (!provider) continue;
      const requiredScopes = [...new Set(operations.filter((o) => o.provider === id).flatMap((o) => o.requiredScopes))];
      const row = rows.find((r) => r.provider === id);
      const grantedScopes = row ? [...row.grantedScopes] : [];
      const missingScopes = requiredScopes.filter((s) => !grantedScopes.includes(s));
      const status: ChatConnectorView['status'] = !row
        ? 'not_connected'
        : row.status === 'needs_reconnect'
          ? 'needs_reconnect'
          : missingScopes.length
            ? 'missing_scopes'
            : 'connected';
      connectors.push({ id, name: provider.name, requiredScopes, grantedScopes, missingScopes, status });
      if (status === 'connected') continue;
      const mode = status === 'not_connected' ? 'connect' : status === 'needs_reconnect' ? 'reconnect' : 'add_scopes';
      const asked = mode === 'add_scopes' ? missingScopes : requiredScopes;
      const action: ChatActionView = {
        provider: id,
        name: provider.name,
        status,
        mode,
        permissions: this.catalog.describe(id, asked),
        connectUrl: null,
      };
      if (editor) await this.addConnectUrl(action, caller, appId, provider, mode, asked);
      actions.push(action);
    }
    return { connectors, actions };
  }

  private async addConnectUrl(
    action: ChatActionView,
    caller: UserPrincipal,
    appId: string,
    provider: ProviderModel,
    mode: 'connect' | 'reconnect' | 'add_scopes',
    scopes: string[],
  ) {
    try {
      action.connectUrl =
        mode === 'add_scopes'
          ? await this.consent.consentUrlForMissing(caller, appId, provider, scopes)
          : await this.consent.handOut(caller, appId, provider, { mode, scopes });
    } catch (e) {
      // Not configured (no OAuth client yet) and the like: the card says why instead of a link.
      if (e instanceof ApiException) action.connectError = { code: e.code, message: e.message };
      else {
        this.logger.warn(`consent URL for ${provider.id} failed: ${(e as Error).message}`);
        action.connectError = { code: 'consent_unavailable', message: 'The consent page could not be prepared' };
      }
    }
  }
}

export type { PlanResult };
