import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ACTOR_TYPES, ActorType, AuditEvent, AuditMetadata } from '../entities/audit-event.entity';

export class AuditActorView {
  @ApiProperty({ enum: ACTOR_TYPES })
  type!: ActorType;

  @ApiProperty({ nullable: true, type: String })
  id!: string | null;

  @ApiPropertyOptional()
  email?: string;
}

export class AuditEventView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'member.added' })
  action!: string;

  @ApiProperty({ type: () => AuditActorView })
  actor!: AuditActorView;

  @ApiProperty({ nullable: true, type: String, example: 'user:2f1c…' })
  target!: string | null;

  @ApiProperty({ nullable: true, type: Object })
  metadata!: AuditMetadata | null;

  @ApiProperty()
  createdAt!: string;

  static of(event: AuditEvent, actorEmail?: string): AuditEventView {
    return {
      id: event.id,
      action: event.action,
      actor: { type: event.actorType, id: event.actorId, ...(actorEmail ? { email: actorEmail } : {}) },
      target: event.target,
      metadata: event.metadata,
      createdAt: event.createdAt.toISOString(),
    };
  }
}
