import { Global, Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../platform/config/app-config';
import { FunctionsModule } from '../functions/functions.module';
import { BullmqRunQueue } from './bullmq-run-queue';
import { EmbeddedRunQueue } from './embedded-run-queue';
import { EventIdempotencyKey } from './entities/event-idempotency-key.entity';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { RunDispatcher } from './run-dispatcher';
import { RUN_QUEUE, type RunQueue } from './run-queue';

/**
 * What starts function runs (invoke, events, schedules) and how they are carried out: the queue engine chosen at
 * start-up — BullMQ when REDIS_URL is set, else the embedded queue in the database — and the dispatcher that
 * consumes it. Global so that the functions service can queue runs and keep schedules without importing this module
 * (which imports it).
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([EventIdempotencyKey]), FunctionsModule],
  controllers: [EventsController],
  providers: [
    {
      provide: RUN_QUEUE,
      inject: [AppConfig, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource): RunQueue =>
        config.redisUrl
          ? new BullmqRunQueue({ redisUrl: config.redisUrl, prefix: config.redisPrefix, logger: new Logger('RunQueue') })
          : new EmbeddedRunQueue({ dataSource, logger: new Logger('RunQueue') }),
    },
    RunDispatcher,
    EventsService,
  ],
  exports: [RUN_QUEUE, RunDispatcher],
})
export class TriggersModule {}
