/**
 * Optional language-model adapter (off unless configured): asks an OpenAI-compatible chat-completions endpoint for a
 * plan, validates the proposal against the catalog (unknown tool, operation, input shape, trigger or cron → rejected)
 * and falls back to the offline planner whenever the model is off, slow, failing or wrong. Questions and unknown
 * tools stay the offline planner's call: ambiguity is never settled by a guess.
 */
import { CronExpressionParser } from 'cron-parser';
import type { Catalog, ProviderModel } from '@patchbay/spec';
import type { PlannedOperation, PlannedTrigger, PlanResult } from './plan-types';
import type { PlanContext, Planner } from './planner';
import { slug } from './text';
import { describeEvent, describeSchedule, HTTP_DESCRIPTION, isTimeZone } from './trigger';

export interface LlmOptions {
  /** Chat-completions URL, or a base URL (`…/v1`) to which `/chat/completions` is added. */
  url: string;
  model?: string;
  apiKey?: string;
  /** Default 4000 ms. */
  timeoutMs?: number;
}

export type PlanSource = 'llm' | 'offline';

export interface LlmPlanner {
  plan(message: string, ctx?: PlanContext): Promise<PlanResult & { source: PlanSource; rejected?: string }>;
}

function endpoint(url: string): string {
  return /\/chat\/completions\/?$/.test(url) ? url : `${url.replace(/\/+$/, '')}/chat/completions`;
}

function catalogText(providers: readonly ProviderModel[]): string {
  return providers
    .map((p) => `${p.id} (${p.name}): ${p.operations.map((o) => `${o.id}${o.readOnly ? ' [read]' : ' [write]'} — ${o.summary}`).join('; ')}`)
    .join('\n');
}

const SYSTEM = [
  'You plan integrations for an app. Use ONLY the tools and operations listed. Answer with one JSON object, no prose:',
  '{"reply": string, "operations": [{"provider": id, "operationId": id, "params": {name: string|number|boolean}}],',
  ' "trigger": {"type": "event"|"schedule"|"http", "event"?: "thing.happened", "cron"?: "m h dom mon dow", "timezone"?: IANA zone}}',
  'Reading data to show in the app → read operations and an http trigger. Body inputs are named body.<field>.',
].join('\n');

export function createLlmPlanner(catalog: Catalog | ProviderModel[], offline: Planner, options: LlmOptions): LlmPlanner {
  const providers = Array.isArray(catalog) ? catalog : catalog.providers;
  const system = `${SYSTEM}\nTools:\n${catalogText(providers)}`;

  function validate(raw: unknown, ctx: PlanContext | undefined, fallback: PlanResult): PlanResult | string {
    if (typeof raw !== 'object' || raw === null) return 'not a JSON object';
    const o = raw as Record<string, unknown>;
    if (!Array.isArray(o['operations']) || o['operations'].length === 0 || o['operations'].length > 10) return 'no operations';
    const operations: PlannedOperation[] = [];
    for (const item of o['operations'] as unknown[]) {
      const it = (item ?? {}) as Record<string, unknown>;
      const provider = providers.find((p) => p.id === it['provider']);
      if (!provider) return `unknown tool ${String(it['provider'])}`;
      const op = provider.operations.find((x) => x.id === it['operationId']);
      if (!op) return `unknown operation ${String(it['operationId'])} of ${provider.id}`;
      const params: Record<string, string | number | boolean> = {};
      const inputs = new Set([
        ...op.parameters.map((p) => p.name),
        ...Object.keys((op.requestBody?.schema?.['properties'] ?? {}) as object).map((k) => `body.${k}`),
      ]);
      for (const [k, v] of Object.entries((it['params'] ?? {}) as Record<string, unknown>)) {
        if (!inputs.has(k)) return `unknown input ${k} of ${op.id}`;
        if (!['string', 'number', 'boolean'].includes(typeof v)) return `input ${k} is not a literal`;
        params[k] = v as string | number | boolean;
      }
      operations.push({
        provider: provider.id,
        operationId: op.id,
        params,
        why: 'proposed by the language model',
        readOnly: op.readOnly,
        requiredScopes: [...op.requiredScopes],
      });
    }
    const t = (o['trigger'] ?? {}) as Record<string, unknown>;
    let trigger: PlannedTrigger;
    if (t['type'] === 'event') {
      if (typeof t['event'] !== 'string' || !/^[a-z0-9_]+\.[a-z0-9_]+$/.test(t['event'])) return 'bad event name';
      trigger = { type: 'event', event: t['event'], description: describeEvent(t['event']) };
    } else if (t['type'] === 'schedule') {
      const cron = t['cron'];
      if (typeof cron !== 'string' || cron.trim().split(/\s+/).length !== 5) return 'bad cron';
      try {
        CronExpressionParser.parse(cron);
      } catch {
        return 'bad cron';
      }
      const zone =
        typeof t['timezone'] === 'string' && isTimeZone(t['timezone'])
          ? t['timezone']
          : ctx?.timezone && isTimeZone(ctx.timezone)
            ? ctx.timezone
            : 'UTC';
      trigger = { type: 'schedule', cron, timezone: zone, description: describeSchedule(cron, zone) };
    } else if (t['type'] === 'http') {
      trigger = { type: 'http', description: HTTP_DESCRIPTION };
    } else return 'bad trigger type';
    const reply = typeof o['reply'] === 'string' && o['reply'].trim() ? o['reply'].trim().slice(0, 500) : fallback.reply;
    const ids = [...new Set(operations.map((x) => x.provider))];
    return {
      kind: 'plan',
      reply,
      providers: ids,
      operations,
      trigger,
      functionName: slug(`${operations[0].operationId} ${trigger.event ?? trigger.type}`, 10),
    };
  }

  async function plan(message: string, ctx?: PlanContext): Promise<PlanResult & { source: PlanSource; rejected?: string }> {
    const offlineResult = offline.plan(message, ctx);
    if (offlineResult.kind === 'question' || offlineResult.kind === 'unknown_tool') return { ...offlineResult, source: 'offline' };
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 4000);
    try {
      const res = await fetch(endpoint(options.url), {
        method: 'POST',
        signal: controller.signal,
        headers: { 'content-type': 'application/json', ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}) },
        body: JSON.stringify({
          model: options.model ?? 'default',
          temperature: 0,
          response_format: { type: 'json_object' },
          messages: [
            { role: 'system', content: system },
            { role: 'user', content: message.slice(0, 4000) },
          ],
        }),
      });
      if (!res.ok) return { ...offlineResult, source: 'offline', rejected: `model answered ${res.status}` };
      const body = (await res.json()) as { choices?: Array<{ message?: { content?: string } }> };
      const content = body.choices?.[0]?.message?.content ?? '';
      const json = /\{[\s\S]*\}/.exec(content)?.[0];
      if (!json) return { ...offlineResult, source: 'offline', rejected: 'no JSON in the answer' };
      const checked = validate(JSON.parse(json), ctx, offlineResult);
      if (typeof checked === 'string') return { ...offlineResult, source: 'offline', rejected: checked };
      return { ...checked, source: 'llm' };
    } catch (e) {
      return { ...offlineResult, source: 'offline', rejected: controller.signal.aborted ? 'timeout' : (e as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }

  return { plan };
}
