import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import {
  applyEdits,
  FunctionTypeChecker,
  functionMethodTable,
  generateFunctionCode,
  outlineFunction,
  transpileFunction,
} from '@patchbay/function-toolchain';
import type { MethodTable } from '@patchbay/function-runtime';
import type { FunctionEdit, FunctionOutline, PlanResult } from '@patchbay/planner';
import type { TypeProblem } from './functions.exception';

/**
 * The function toolchain as the API uses it: code generation and syntax-tree edits, the type checker (one cached
 * program for the process, off the request thread), transpilation and the connector method table.
 */
@Injectable()
export class FunctionToolchain implements OnModuleDestroy {
  private checker: FunctionTypeChecker | undefined;
  private table: MethodTable | undefined;

  generate(plan: PlanResult): string {
    return generateFunctionCode({ name: plan.functionName, trigger: plan.trigger, operations: plan.operations });
  }

  outline(code: string): FunctionOutline {
    return outlineFunction(code);
  }

  edit(code: string, edits: FunctionEdit[]): string {
    return applyEdits(code, edits);
  }

  check(code: string): Promise<TypeProblem[]> {
    this.checker ??= new FunctionTypeChecker();
    return this.checker.check(code);
  }

  transpile(code: string): string {
    return transpileFunction(code);
  }

  methods(): MethodTable {
    this.table ??= functionMethodTable();
    return this.table;
  }

  onModuleDestroy(): void {
    this.checker?.close();
    this.checker = undefined;
  }
}
