import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional } from 'class-validator';

export class RunOperationDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "The operation's parameters by name, and `body` for its request body (see the provider's operations)",
  })
  @IsOptional()
  @IsObject()
  input?: Record<string, unknown>;
}
