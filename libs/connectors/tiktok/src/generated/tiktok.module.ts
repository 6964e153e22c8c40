/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { TiktokClient } from './client';

/**
 * Provides {@link TiktokClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link TiktokConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: TiktokClient,
      useFactory: (executor: OperationExecutor) => new TiktokClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [TiktokClient],
})
export class TiktokConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: TiktokConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [TiktokClient],
    };
  }
}
