/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { SlackClient } from './client';

/**
 * Provides {@link SlackClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link SlackConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: SlackClient,
      useFactory: (executor: OperationExecutor) => new SlackClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [SlackClient],
})
export class SlackConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: SlackConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [SlackClient],
    };
  }
}
