import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** The longest Idempotency-Key accepted (characters). */
export const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

export class PostEventDto {
  @ApiProperty({ maxLength: 120, example: 'ticket.created', description: "The event's name: functions whose trigger names it run" })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  @Matches(/^[A-Za-z0-9_.:-]+$/, { message: 'type must be letters, digits and . _ : -' })
  type!: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: true, description: "The event's payload (`ctx.event.data` and `ctx.input`)" })
  @IsOptional()
  @IsObject()
  data?: Record<string, unknown>;
}

export class EventAcceptedView {
  @ApiProperty({ type: [String], description: 'Ids of the queued runs, one per enabled function triggered by the event (may be empty)' })
  runs!: string[];
}
