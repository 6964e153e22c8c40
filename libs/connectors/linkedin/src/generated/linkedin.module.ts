/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { LinkedinClient } from './client';

/**
 * Provides {@link LinkedinClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link LinkedinConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: LinkedinClient,
      useFactory: (executor: OperationExecutor) => new LinkedinClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [LinkedinClient],
})
export class LinkedinConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: LinkedinConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [LinkedinClient],
    };
  }
}
