import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { APP_ROLES, AppRoleName } from '../entities/app-member.entity';
import type { App } from '../entities/app.entity';
import { trim } from '../../../platform/http/dto-rules';

export class CreateAppDto {
  @ApiProperty({ example: 'Support desk', maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

// Fields may be left out, but not set to null: both columns are NOT NULL.
const present = (_: object, value: unknown): boolean => value !== undefined;

export class UpdateAppDto {
  @ApiPropertyOptional({ maxLength: 120 })
  @ValidateIf(present)
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  name?: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @ValidateIf(present)
  @IsString()
  @MaxLength(2000)
  description?: string;
}

export class AppView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty()
  description!: string;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ enum: APP_ROLES, description: "The caller's role (instance admins who are not members see owner)" })
  role!: AppRoleName;

  static of(app: App, role: AppRoleName): AppView {
    return { id: app.id, name: app.name, description: app.description, createdAt: app.createdAt.toISOString(), role };
  }
}
