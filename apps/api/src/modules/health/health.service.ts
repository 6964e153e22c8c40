import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, DatabaseKind } from '../../platform/config/app-config';
import { HealthException } from './health.exception';

export interface HealthStatus {
  status: 'ok';
  database: DatabaseKind;
}

@Injectable()
export class HealthService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly config: AppConfig,
  ) {}

  /** Ok when the database answers `SELECT 1`; 503 `database_unavailable` otherwise. */
  async check(): Promise<HealthStatus> {
    try {
      if (!this.db.isInitialized) throw new Error('not connected');
      await this.db.query('SELECT 1');
    } catch {
      throw HealthException.databaseUnavailable();
    }
    return { status: 'ok', database: this.config.database.kind };
  }
}
