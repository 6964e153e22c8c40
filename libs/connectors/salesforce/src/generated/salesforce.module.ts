/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { SalesforceClient } from './client';

/**
 * Provides {@link SalesforceClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link SalesforceConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: SalesforceClient,
      useFactory: (executor: OperationExecutor) => new SalesforceClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [SalesforceClient],
})
export class SalesforceConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: SalesforceConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [SalesforceClient],
    };
  }
}
