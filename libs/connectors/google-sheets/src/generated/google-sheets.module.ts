/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { GoogleSheetsClient } from './client';

/**
 * Provides {@link GoogleSheetsClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link GoogleSheetsConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: GoogleSheetsClient,
      useFactory: (executor: OperationExecutor) => new GoogleSheetsClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [GoogleSheetsClient],
})
export class GoogleSheetsConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: GoogleSheetsConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [GoogleSheetsClient],
    };
  }
}
