import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

/** Filters of the audit trail; all optional and combined with AND. */
export class AuditQueryDto {
  @ApiPropertyOptional({
    description: "who acted: a member's email, `system` (what the server did by itself) or `api_key` (the app's key)",
    example: 'ada@example.com',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actor?: string;

  @ApiPropertyOptional({
    description: 'an action (`connection.connected`), or every action of a kind with a trailing dot (`connection.`)',
    example: 'connection.',
  })
  @IsOptional()
  @Matches(/^[a-z_]+(\.[a-z_]*)*$/, { message: 'action must look like connection.connected or connection.' })
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ description: 'a provider id: its connection events and operation calls', example: 'acme-crm' })
  @IsOptional()
  @Matches(/^[a-z][a-z0-9-]*$/, { message: 'provider must be a provider id as listed by GET /api/providers' })
  @MaxLength(64)
  provider?: string;

  @ApiPropertyOptional({ description: 'events at or after this time (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'events before this time (ISO 8601)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ description: 'paging: events older than the event with this id (the last one of the previous page)' })
  @IsOptional()
  @IsUUID()
  before?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
