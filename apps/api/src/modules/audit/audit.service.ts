import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import { User } from '../identity/entities/user.entity';
import type { Principal } from '../identity/principal';
import { ActorType, AuditEvent, AuditMetadata } from './entities/audit-event.entity';
import { AuditEventView } from './dtos/audit-event.view';
import type { AuditQueryDto } from './dtos/audit-query.dto';
import { v7 as timeOrderedUuid } from 'uuid';

export interface AuditEntry {
  readonly appId: string | null;
  /** The caller, or `system` for what the server does by itself (first admin…). */
  readonly actor: Principal | 'system';
  readonly action: string;
  readonly target?: string;
  /** Never put secrets here. */
  readonly metadata?: AuditMetadata;
}

const DEFAULT_LIMIT = 100;
/** Rows in one CSV export; narrower filters export older events. */
export const EXPORT_LIMIT = 10_000;

// Events are listed by time; two in the same millisecond would come back in random order. Within this process
// timestamps therefore strictly increase (timestamps are stored with millisecond precision on both engines).
let lastTimestamp = 0;
function monotonicNow(): Date {
  lastTimestamp = Math.max(Date.now(), lastTimestamp + 1);
  return new Date(lastTimestamp);
}

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    @InjectRepository(User) private readonly users: Repository<User>,
  ) {}

  /**
   * Appends one event. Pass the transaction's manager so the event commits (or rolls back) with the change it
   * describes.
   */
  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const [actorType, actorId] = actorOf(entry.actor);
    const event = Object.assign(new AuditEvent(), {
      id: timeOrderedUuid(),
      appId: entry.appId,
      actorType,
      actorId,
      action: entry.action,
      target: entry.target ?? null,
      metadata: entry.metadata ?? null,
      createdAt: monotonicNow(),
    });
    await (manager ? manager.getRepository(AuditEvent) : this.events).insert(event);
  }

  /**
   * Events of one app, newest first, with the acting user's email when there is one. Filters combine with AND; paging
   * is by cursor (`before` = the last event id of the previous page), stable while new events arrive.
   */
  async listForApp(appId: string, query: AuditQueryDto = {}): Promise<AuditEventView[]> {
    const events = await this.find(appId, query, query.limit ?? DEFAULT_LIMIT);
    return this.views(events);
  }

  /** The filtered trail as CSV (newest first, at most {@link EXPORT_LIMIT} rows), for a spreadsheet or an auditor. */
  async exportCsv(appId: string, query: AuditQueryDto = {}): Promise<string> {
    const views = await this.views(await this.find(appId, query, EXPORT_LIMIT));
    const lines = [['time', 'action', 'actor_type', 'actor', 'target', 'details'].join(',')];
    for (const v of views) {
      lines.push(
        [v.createdAt, v.action, v.actor.type, v.actor.email ?? v.actor.id ?? '', v.target ?? '', v.metadata ? JSON.stringify(v.metadata) : '']
          .map(csvCell)
          .join(','),
      );
    }
    return lines.join('\r\n') + '\r\n';
  }

  private async find(appId: string, query: AuditQueryDto, limit: number): Promise<AuditEvent[]> {
    const qb = this.events.createQueryBuilder('e').where('e.app_id = :appId', { appId });
    if (query.actor !== undefined) {
      if (query.actor === 'system' || query.actor === 'api_key') qb.andWhere('e.actor_type = :type', { type: query.actor });
      else {
        const user = await this.users.findOne({ where: { email: query.actor.trim().toLowerCase() } });
        // An email that is no user matches nothing (and says nothing about who has an account: an empty page).
        qb.andWhere('e.actor_type = :type AND e.actor_id = :actorId', { type: 'user', actorId: user?.id ?? '-' });
      }
    }
    if (query.action !== undefined) {
      if (query.action.endsWith('.')) qb.andWhere('e.action LIKE :action', { action: `${query.action}%` });
      else qb.andWhere('e.action = :action', { action: query.action });
    }
    if (query.provider !== undefined) {
      // Connection events name the provider as their target; operation calls `<provider>.<operation>`.
      qb.andWhere(
        new Brackets((w) =>
          w.where('e.target = :provider', { provider: query.provider }).orWhere('e.target LIKE :calls', { calls: `${query.provider}.%` }),
        ),
      );
    }
    if (query.from !== undefined) qb.andWhere('e.created_at >= :from', { from: new Date(query.from) });
    if (query.to !== undefined) qb.andWhere('e.created_at < :to', { to: new Date(query.to) });
    if (query.before !== undefined) {
      const cursor = await this.events.findOne({ where: { id: query.before, appId } });
      if (!cursor) return [];
      qb.andWhere(
        new Brackets((w) =>
          w
            .where('e.created_at < :at', { at: cursor.createdAt })
            .orWhere(new Brackets((x) => x.where('e.created_at = :at', { at: cursor.createdAt }).andWhere('e.id < :id', { id: cursor.id }))),
        ),
      );
    }
    return qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').take(limit).getMany();
  }

  private async views(events: AuditEvent[]): Promise<AuditEventView[]> {
    const userIds = [...new Set(events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId as string))];
    const users = userIds.length ? await this.users.find({ where: { id: In(userIds) } }) : [];
    const emails = new Map(users.map((u) => [u.id, u.email]));
    return events.map((e) => AuditEventView.of(e, e.actorId ? emails.get(e.actorId) : undefined));
  }
}

/** One CSV cell (RFC 4180 quoting); a leading =, +, - or @ is defused so a spreadsheet does not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function actorOf(actor: Principal | 'system'): [ActorType, string | null] {
  if (actor === 'system') return ['system', null];
  return actor.kind === 'user' ? ['user', actor.user.id] : ['api_key', actor.apiKeyId];
}
