import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmpty, IsObject, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { PlanResult } from '@patchbay/planner';
import type { RunCall, RunError, RunLog } from '@patchbay/function-runtime';
import type { FunctionTriggerValue } from '../entities/function.entity';
import type { FunctionVersionSource } from '../entities/function-version.entity';
import { RUN_STATUSES, RUN_TRIGGER_KINDS, type RunStatus, type RunTriggerKind } from '../entities/function-run.entity';
import { trim } from '../../../platform/http/dto-rules';

/** The longest function source accepted (characters). */
export const MAX_CODE_LENGTH = 200_000;

export class CreateFunctionDto {
  @ApiPropertyOptional({ maxLength: 120, description: "Default: the plan's function name, or the name in the code" })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ description: 'TypeScript source (type-checked); give this or `plan`' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CODE_LENGTH)
  code?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "A planner result (the chat's plan): the code is generated from it",
  })
  @IsOptional()
  @IsObject()
  plan?: PlanResult;
}

export class UpdateFunctionDto {
  @ApiPropertyOptional({ description: 'New TypeScript source: type-checked, refused with 400 type_error (and nothing stored) when it does not' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_CODE_LENGTH)
  code?: string;

  @ApiPropertyOptional({ maxLength: 120 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ description: 'false pauses the function (no event, schedule or invoke starts it), true resumes it' })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}

/** The most runs one list answers. */
export const MAX_RUNS_LISTED = 200;

/** `GET …/functions/:id/runs` filters. */
export class ListRunsQueryDto {
  @ApiPropertyOptional({ enum: RUN_STATUSES })
  @IsOptional()
  @IsIn(RUN_STATUSES)
  status?: RunStatus;

  @ApiPropertyOptional({ enum: RUN_TRIGGER_KINDS, description: 'What started the run' })
  @IsOptional()
  @IsIn(RUN_TRIGGER_KINDS)
  trigger?: RunTriggerKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_RUNS_LISTED, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_RUNS_LISTED)
  limit?: number;
}

export class InvokeFunctionDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: '`ctx.input` of the run (for an event function also the event data)',
  })
  @IsOptional()
  @IsObject()
  input?: Record<string, unknown>;
}

export class LastRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) status!: RunStatus;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) finishedAt!: Date | null;
}

export class FunctionView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) appId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '{type:"event"|"schedule"|"http", event?, cron?, timezone?, description?}',
  })
  trigger!: FunctionTriggerValue;
  @ApiProperty({
    description: 'The trigger in words: "When the app sends ticket.created", "Every day at 18:00 (Europe/Paris)", "When the app calls it"',
  })
  triggerText!: string;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: "The schedule's next planned run (ISO 8601); null unless an enabled schedule function",
  })
  nextRunAt!: string | null;
  @ApiProperty({ description: 'The current version number' }) version!: number;
  @ApiProperty() enabled!: boolean;
  @ApiPropertyOptional({ description: 'The TypeScript source (GET of one function; left out of the list)' }) code?: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
  @ApiPropertyOptional({ type: LastRunView, nullable: true }) lastRun?: LastRunView | null;
}

export class FunctionVersionView {
  @ApiProperty() number!: number;
  @ApiProperty({ enum: ['create', 'plan', 'edit', 'chat', 'restore'] }) source!: FunctionVersionSource;
  @ApiProperty() code!: string;
  @ApiProperty({ description: 'Unified diff against the previous version (against an empty file for version 1)' }) diff!: string;
  @ApiPropertyOptional({ type: String, nullable: true, format: 'uuid' }) createdBy!: string | null;
  @ApiProperty() createdAt!: Date;
}

export class RunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) functionId!: string;
  @ApiProperty({ description: 'The code version that ran' }) version!: number;
  @ApiProperty({ enum: ['queued', 'running', 'succeeded', 'failed'] }) status!: RunStatus;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '{kind:"invoke"|"event"|"schedule", actor:"user"|"api_key"|"system", actorId}',
  })
  trigger!: { kind: string; actor: string; actorId: string | null };
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) input!: unknown;
  @ApiProperty() createdAt!: Date;
  @ApiPropertyOptional({ type: Date, nullable: true }) startedAt!: Date | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) finishedAt!: Date | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '[{t (ms since start), level, message}]' }) logs!: RunLog[];
  @ApiPropertyOptional({ nullable: true, description: "The function's return value (succeeded runs)" }) result?: unknown;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: '{code, message, missingScopes?, consentUrl?, …} (failed runs)',
  })
  error!: RunError | null;
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: '[{provider, operationId, status, durationMs}]' }) calls!: RunCall[];
  @ApiProperty({
    description: 'Times the run was started: 0 while first queued; above 1 after a retry (a transient provider failure) or a take-over',
  })
  attempt!: number;
  @ApiPropertyOptional({ type: Date, nullable: true, description: 'The schedule tick a schedule run was planned for' })
  scheduledAt!: Date | null;
}

/** The answer of an invoke that did not wait (or outlived the wait bound). */
export class RunStartedView {
  @ApiProperty({ format: 'uuid' }) runId!: string;
  @ApiProperty({ enum: ['queued', 'running'] }) status!: RunStatus;
}
