import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, DatabaseKind } from '../../platform/config/app-config';
import { RUN_QUEUE, type RunQueue } from '../triggers/run-queue';
import { HealthException } from './health.exception';

export interface HealthStatus {
  status: 'ok';
  database: DatabaseKind;
  /** What carries function runs and schedules: BullMQ (REDIS_URL) or the embedded queue in the database. */
  queue: RunQueue['engine'];
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
    @Inject(RUN_QUEUE) private readonly queue: RunQueue,
  ) {}

  /** Ok when the database answers `SELECT 1`; 503 `database_unavailable` otherwise. */
  async check(): Promise<HealthStatus> {
    try {
      if (!this.db.isInitialized) throw new Error('not connected');
      await this.db.query('SELECT 1');
    } catch {
      throw HealthException.databaseUnavailable();
    }
    return { status: 'ok', database: this.config.database.kind, queue: this.queue.engine };
  }
}
