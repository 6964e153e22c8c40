/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { GoogleSlidesClient } from './client';

/**
 * Provides {@link GoogleSlidesClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link GoogleSlidesConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: GoogleSlidesClient,
      useFactory: (executor: OperationExecutor) => new GoogleSlidesClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [GoogleSlidesClient],
})
export class GoogleSlidesConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: GoogleSlidesConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [GoogleSlidesClient],
    };
  }
}
