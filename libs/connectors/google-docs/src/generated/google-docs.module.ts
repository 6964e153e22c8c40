/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { GoogleDocsClient } from './client';

/**
 * Provides {@link GoogleDocsClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link GoogleDocsConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: GoogleDocsClient,
      useFactory: (executor: OperationExecutor) => new GoogleDocsClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [GoogleDocsClient],
})
export class GoogleDocsConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: GoogleDocsConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [GoogleDocsClient],
    };
  }
}
