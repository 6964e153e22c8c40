import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { EntityManager, In, Repository } from 'typeorm';
import { User } from '../identity/entities/user.entity';
import type { Principal } from '../identity/principal';
import { ActorType, AuditEvent, AuditMetadata } from './entities/audit-event.entity';
import { AuditEventView } from './dtos/audit-event.view';

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
      id: randomUUID(),
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

  /** Most recent events of one app, newest first, with the acting user's email when there is one. */
  async listForApp(appId: string, limit = DEFAULT_LIMIT): Promise<AuditEventView[]> {
    const events = await this.events.find({ where: { appId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
    const userIds = [...new Set(events.filter((e) => e.actorType === 'user' && e.actorId).map((e) => e.actorId as string))];
    const users = userIds.length ? await this.users.find({ where: { id: In(userIds) } }) : [];
    const emails = new Map(users.map((u) => [u.id, u.email]));
    return events.map((e) => AuditEventView.of(e, e.actorId ? emails.get(e.actorId) : undefined));
  }
}

function actorOf(actor: Principal | 'system'): [ActorType, string | null] {
  if (actor === 'system') return ['system', null];
  return actor.kind === 'user' ? ['user', actor.user.id] : ['api_key', actor.apiKeyId];
}
