import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Longest request the chat reads, in characters (and in bytes, for very wide characters). */
export const MAX_CHAT_CHARS = 4000;
export const MAX_CHAT_BYTES = 20 * 1024;

export class ChatRequestDto {
  @ApiProperty({ example: 'Post a message to the #support channel when a new ticket is created.', maxLength: MAX_CHAT_CHARS })
  @IsString()
  @MaxLength(MAX_CHAT_CHARS)
  message!: string;

  @ApiPropertyOptional({ description: 'A follow-up aimed at this function: the planner edits its code instead of planning anew' })
  @IsOptional()
  @IsString()
  // Function ids are uuids: anything else never reaches the database (PostgreSQL would refuse it with a 500).
  @IsUUID('all', { message: 'functionId must be a function id' })
  functionId?: string;
}

export class ChatPermissionView {
  @ApiProperty() scope!: string;
  @ApiProperty({ description: 'What the permission allows, in plain words' }) description!: string;
}

export class ChatConnectorView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [String], description: 'Least privilege for the planned operations' }) requiredScopes!: string[];
  @ApiProperty({ type: [String] }) grantedScopes!: string[];
  @ApiProperty({ type: [String] }) missingScopes!: string[];
  @ApiProperty({ enum: ['connected', 'not_connected', 'missing_scopes', 'needs_reconnect'] }) status!:
    'connected' | 'not_connected' | 'missing_scopes' | 'needs_reconnect';
}

export class ChatOperationView {
  @ApiProperty() provider!: string;
  @ApiProperty() operationId!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Inputs read from the request (`body.channel`: `#support`)' })
  params!: Record<string, unknown>;
  @ApiProperty({ description: 'The words that chose it' }) why!: string;
  @ApiProperty() readOnly!: boolean;
  @ApiProperty({ type: [String] }) requiredScopes!: string[];
}

export class ChatTriggerView {
  @ApiProperty({ enum: ['event', 'schedule', 'http'] }) type!: 'event' | 'schedule' | 'http';
  @ApiPropertyOptional() event?: string;
  @ApiPropertyOptional() cron?: string;
  @ApiPropertyOptional() timezone?: string;
  @ApiProperty() description!: string;
}

export class ChatPlanView {
  @ApiProperty({ type: [ChatConnectorView] }) connectors!: ChatConnectorView[];
  @ApiProperty({ type: [ChatOperationView] }) operations!: ChatOperationView[];
  @ApiProperty({ type: ChatTriggerView }) trigger!: ChatTriggerView;
  @ApiProperty() functionName!: string;
}

export class ChatActionView {
  @ApiProperty() provider!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['not_connected', 'missing_scopes', 'needs_reconnect'] }) status!: string;
  @ApiProperty({ enum: ['connect', 'add_scopes', 'reconnect'] }) mode!: string;
  @ApiProperty({ type: [ChatPermissionView], description: 'Required permissions (only the missing ones for add_scopes)' })
  permissions!: ChatPermissionView[];
  @ApiProperty({ nullable: true, type: String, description: 'Consent URL for a popup; null for viewers or when the tool is not configured' })
  connectUrl!: string | null;
  @ApiPropertyOptional({ description: 'Why there is no connectUrl (e.g. provider_not_configured)' }) connectError?: { code: string; message: string };
}

export class ChatOptionView {
  @ApiProperty() id!: string;
  @ApiProperty() label!: string;
}

export class ChatFunctionRef {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() code!: string;
}

export class ChatAnswerView {
  @ApiProperty({ description: 'A sentence a person reads' }) reply!: string;
  @ApiProperty({ enum: ['plan', 'question', 'unknown_tool', 'unclear', 'edit'] }) kind!: string;
  @ApiProperty({ type: ChatPlanView }) plan!: ChatPlanView;
  @ApiProperty({ type: [ChatActionView] }) actionRequired!: ChatActionView[];
  @ApiPropertyOptional({ description: 'When ambiguous: the question in words' }) question?: string;
  @ApiPropertyOptional({ type: [ChatOptionView] }) options?: ChatOptionView[];
  @ApiPropertyOptional({ type: ChatFunctionRef }) function?: ChatFunctionRef;
  @ApiPropertyOptional({ type: 'array', items: { type: 'object' }, description: 'With functionId: the edits applied to the function' })
  edits?: unknown[];
  @ApiProperty({ description: 'Id of the stored answer in the thread' }) messageId!: string;
}

export class ChatMessageView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['user', 'assistant'] }) role!: string;
  @ApiProperty() content!: string;
  @ApiProperty({ nullable: true, type: String }) userId!: string | null;
  @ApiProperty({ nullable: true, type: String }) functionId!: string | null;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: 'Assistant messages: the answer (kind, plan, question, function), consent URLs left out',
  })
  answer?: Record<string, unknown> | null;
  @ApiProperty() createdAt!: string;
}
