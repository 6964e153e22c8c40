import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsOptional, IsString, MaxLength, MinLength, ValidateIf } from 'class-validator';
import { APP_ROLES, type AppRoleName } from '../../apps/entities/app-member.entity';
import { INVITATION_KINDS, Invitation, type InvitationKind } from '../entities/invitation.entity';
import { USER_ROLES, type UserRole } from '../entities/user.entity';
import { LoginResponse } from './login.dto';

const normalizeEmail = ({ value }: { value: unknown }): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
// Fields may be left out, but not set to null.
const present = (_: object, value: unknown): boolean => value !== undefined;

/** A user's own password change. */
export class ChangePasswordDto {
  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  currentPassword!: string;

  @ApiProperty({ format: 'password', minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(1024)
  newPassword!: string;
}

/** An instance admin sets someone's password. */
export class SetPasswordDto {
  @ApiProperty({ format: 'password', minLength: 8 })
  @IsString()
  @MinLength(8)
  @MaxLength(1024)
  password!: string;
}

/** What an instance admin may change on a user; leave a field out to keep it. */
export class UpdateUserDto {
  @ApiPropertyOptional({ enum: USER_ROLES })
  @ValidateIf(present)
  @IsIn(USER_ROLES)
  role?: UserRole;

  @ApiPropertyOptional({ description: 'true disables the account (sessions and API keys stop working at once); false enables it' })
  @ValidateIf(present)
  @IsBoolean()
  disabled?: boolean;

  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf(present)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name?: string;
}

/** An instance invitation: the account it creates gets this instance role. */
export class CreateInvitationDto {
  @ApiProperty({ example: 'dev@example.com' })
  @Transform(normalizeEmail)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiPropertyOptional({ enum: USER_ROLES, default: 'user' })
  @IsOptional()
  @IsIn(USER_ROLES)
  role?: UserRole;
}

/** An invitation to one app, with the role the person gets there. */
export class CreateAppInvitationDto {
  @ApiProperty({ example: 'dev@example.com' })
  @Transform(normalizeEmail)
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: APP_ROLES })
  @IsIn(APP_ROLES)
  role!: AppRoleName;
}

export class AcceptInvitationDto {
  @ApiPropertyOptional({ description: 'Display name of the new account (ignored for an existing account)', maxLength: 200 })
  @ValidateIf(present)
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(200)
  name?: string;

  @ApiProperty({
    format: 'password',
    description: 'The new password (at least 8 characters); for an email that already has an account, its current password (signing in)',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

/** A pending invitation or reset link as lists show it (never its token). */
export class InvitationView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: INVITATION_KINDS })
  kind!: InvitationKind;

  @ApiProperty()
  email!: string;

  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  appId!: string | null;

  @ApiProperty({ nullable: true, type: String })
  appName!: string | null;

  @ApiProperty({ nullable: true, enum: APP_ROLES })
  appRole!: AppRoleName | null;

  @ApiProperty({ nullable: true, enum: USER_ROLES })
  instanceRole!: UserRole | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  expiresAt!: string;

  static of(i: Invitation): InvitationView {
    return {
      id: i.id,
      kind: i.kind,
      email: i.email,
      appId: i.appId,
      appName: i.app?.name ?? null,
      appRole: i.appRole,
      instanceRole: i.instanceRole,
      createdAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    };
  }
}

/** Answer to creating an invitation or reset link: the only time its token is shown. */
export class CreatedInvitationView extends InvitationView {
  @ApiProperty({ description: 'The secret of the link (pbi_…). Shown only in this response.' })
  token!: string;

  @ApiProperty({ description: 'The link to hand over: <PATCHBAY_PUBLIC_URL>/invite/<token>' })
  url!: string;

  @ApiProperty({ description: 'True when the link was also emailed (PATCHBAY_SMTP_URL set and the relay accepted it); else hand it over yourself' })
  emailed!: boolean;
}

/** What the holder of a valid link learns (public). */
export class InvitationInfoView {
  @ApiProperty({ enum: INVITATION_KINDS })
  kind!: InvitationKind;

  @ApiProperty()
  email!: string;

  @ApiProperty({ nullable: true, type: String })
  appName!: string | null;

  @ApiProperty({ nullable: true, enum: APP_ROLES })
  appRole!: AppRoleName | null;

  @ApiProperty()
  expiresAt!: string;

  @ApiProperty({ description: 'The email has an account already: accepting signs in with its password instead of creating one' })
  accountExists!: boolean;
}

/** The answer to accepting a link: a session like login's, and the app the invitation was for (null: none). */
export class AcceptedInvitationView extends LoginResponse {
  @ApiProperty({ nullable: true, type: String, format: 'uuid' })
  appId!: string | null;
}
