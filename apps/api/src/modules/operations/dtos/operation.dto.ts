import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

/** The longest `nextPageUrl` accepted. */
export const NEXT_PAGE_URL_MAX_LENGTH = 4096;

export class RunOperationDto {
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: true,
    description: "The operation's parameters by name, and `body` for its request body (see the provider's operations)",
  })
  @IsOptional()
  @IsObject()
  input?: Record<string, unknown>;

  @ApiPropertyOptional({
    description:
      "For operations whose pagination is a next-page URL (e.g. a SOQL query's `nextRecordsUrl`): that URL, relative or on the provider's API host. `input` is then ignored.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(NEXT_PAGE_URL_MAX_LENGTH)
  nextPageUrl?: string;
}
