/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { HubspotClient } from './client';

/**
 * Provides {@link HubspotClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link HubspotConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: HubspotClient,
      useFactory: (executor: OperationExecutor) => new HubspotClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [HubspotClient],
})
export class HubspotConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: HubspotConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [HubspotClient],
    };
  }
}
