/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { GoogleDriveClient } from './client';

/**
 * Provides {@link GoogleDriveClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link GoogleDriveConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: GoogleDriveClient,
      useFactory: (executor: OperationExecutor) => new GoogleDriveClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [GoogleDriveClient],
})
export class GoogleDriveConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: GoogleDriveConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [GoogleDriveClient],
    };
  }
}
