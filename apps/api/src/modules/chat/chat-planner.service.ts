import { Injectable, Logger } from '@nestjs/common';
import { createPlanner, type EditPlanResult, type FunctionOutline, type Planner, type PlanContext, type PlanResult } from '@patchbay/planner';
import { CatalogService } from '../providers/catalog.service';

/** The offline planner over the loaded catalog, built once at start (the index build time is logged). */
@Injectable()
export class ChatPlannerService {
  private readonly logger = new Logger('Chat');
  private readonly planner: Planner;

  constructor(catalog: CatalogService) {
    this.planner = createPlanner(catalog.list());
    const s = this.planner.stats;
    this.logger.log(`planner index: ${s.providers} providers, ${s.operations} operations in ${s.buildMs.toFixed(0)} ms`);
  }

  plan(message: string, ctx: PlanContext): PlanResult {
    return this.planner.plan(message, ctx);
  }

  planEdit(message: string, outline: FunctionOutline, ctx: PlanContext): EditPlanResult {
    return this.planner.planEdit(message, outline, ctx);
  }
}
