import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config';
import { StartupPrinter } from './startup-printer';

/** Makes the already-validated {@link AppConfig} (and the operator console) injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, printer: StartupPrinter): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: StartupPrinter, useValue: printer },
      ],
      exports: [AppConfig, StartupPrinter],
    };
  }
}
