import type { EditPlanResult, FunctionEdit, FunctionOutline, PlanResult } from '@patchbay/planner';
import type { UserPrincipal } from '../identity/principal';

/** A function as the chat shows it (link to the editor, the generated code). */
export interface ChatFunctionView {
  id: string;
  name: string;
  code: string;
}

/**
 * What the chat needs from the functions toolchain: turn a plan into a function, read a function's outline, apply
 * the edits the planner understood from a follow-up. The functions module provides it; the chat works without it
 * (plans only). Errors are the functions module's own API errors (not found, type errors…).
 */
export abstract class ChatFunctionsPort {
  abstract createFromPlan(appId: string, caller: UserPrincipal, plan: PlanResult): Promise<ChatFunctionView>;
  abstract outline(appId: string, functionId: string): Promise<FunctionOutline>;
  abstract applyEdits(appId: string, caller: UserPrincipal, functionId: string, edits: FunctionEdit[]): Promise<ChatFunctionView>;
}

export type { EditPlanResult };
