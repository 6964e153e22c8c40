/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { type DynamicModule, Module } from '@nestjs/common';
import { OPERATION_EXECUTOR, type OperationExecutor } from '@patchbay/connector-runtime';
import { GoogleCalendarClient } from './client';

/**
 * Provides {@link GoogleCalendarClient}. The executor comes from whoever provides `OPERATION_EXECUTOR` (the connector
 * runtime); {@link GoogleCalendarConnectorModule.withExecutor} wires an explicit one (tests, scripts).
 */
@Module({
  providers: [
    {
      provide: GoogleCalendarClient,
      useFactory: (executor: OperationExecutor) => new GoogleCalendarClient(executor),
      inject: [OPERATION_EXECUTOR],
    },
  ],
  exports: [GoogleCalendarClient],
})
export class GoogleCalendarConnectorModule {
  static withExecutor(executor: OperationExecutor): DynamicModule {
    return {
      module: GoogleCalendarConnectorModule,
      providers: [{ provide: OPERATION_EXECUTOR, useValue: executor }],
      exports: [GoogleCalendarClient],
    };
  }
}
