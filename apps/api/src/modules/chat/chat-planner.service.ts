import { Injectable, Logger } from '@nestjs/common';
import {
  createLlmPlanner,
  createPlanner,
  type EditPlanResult,
  type FunctionOutline,
  type LlmPlanner,
  type Planner,
  type PlanContext,
  type PlanResult,
} from '@patchbay/planner';
import { AppConfig } from '../../platform/config/app-config';
import { CatalogService } from '../providers/catalog.service';

/**
 * The offline planner over the loaded catalog, built once at start (the index build time is logged), and the
 * optional language-model adapter when `PATCHBAY_LLM_URL` is set (`PATCHBAY_LLM_MODEL`, `PATCHBAY_LLM_API_KEY`,
 * `PATCHBAY_LLM_TIMEOUT_MS`): its proposals are validated against the catalog, the offline planner answers otherwise.
 */
@Injectable()
export class ChatPlannerService {
  private readonly logger = new Logger('Chat');
  private readonly planner: Planner;
  private readonly llm?: LlmPlanner;

  constructor(catalog: CatalogService, config: AppConfig) {
    this.planner = createPlanner(catalog.list());
    const s = this.planner.stats;
    this.logger.log(`planner index: ${s.providers} providers, ${s.operations} operations in ${s.buildMs.toFixed(0)} ms`);
    const url = config.llmUrl;
    if (url) {
      this.llm = createLlmPlanner(catalog.list(), this.planner, {
        url,
        model: config.llmModel,
        apiKey: config.llmApiKey,
        timeoutMs: config.llmTimeoutMs,
      });
      this.logger.log(`language-model planner on (${new URL(url).host}), offline planner as fallback`);
    }
  }

  async plan(message: string, ctx: PlanContext): Promise<PlanResult> {
    if (!this.llm) return this.planner.plan(message, ctx);
    const { source, rejected, ...result } = await this.llm.plan(message, ctx);
    if (rejected) this.logger.warn(`language-model plan not used (${rejected}); offline plan instead`);
    else if (source === 'llm') this.logger.debug('plan from the language model');
    return result;
  }

  planEdit(message: string, outline: FunctionOutline, ctx: PlanContext): EditPlanResult {
    return this.planner.planEdit(message, outline, ctx);
  }
}
