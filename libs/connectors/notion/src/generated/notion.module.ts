/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { NotionClient } from './client';

/**
 * Provides {@link NotionClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link NotionConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: NotionClient,
      useFactory: (executor: OperationExecutor) => new NotionClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [NotionClient],
})
export class NotionConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: NotionConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [NotionClient],
    };
  }
}
