import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { APP_ROLES, AppMember, AppRoleName } from '../entities/app-member.entity';
import type { User } from '../../identity/entities/user.entity';

export class AddMemberDto {
  @ApiProperty({ example: 'dev@example.com' })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(320)
  email!: string;

  @ApiProperty({ enum: APP_ROLES })
  @IsIn(APP_ROLES)
  role!: AppRoleName;
}

export class UpdateMemberDto {
  @ApiProperty({ enum: APP_ROLES })
  @IsIn(APP_ROLES)
  role!: AppRoleName;
}

export class MemberView {
  @ApiProperty({ format: 'uuid' })
  userId!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: APP_ROLES })
  role!: AppRoleName;

  @ApiProperty()
  addedAt!: string;

  static of(member: AppMember, user: User): MemberView {
    return { userId: user.id, email: user.email, name: user.name, role: member.role, addedAt: member.addedAt.toISOString() };
  }
}

/**
 * The answer to adding a member. It is the same whether or not the email has an account, so adding members cannot
 * be used to find out which emails are registered: an email with an account is a member at once (see the member
 * list); one without an account is not stored (invite it instead: POST /api/apps/:app/invitations).
 */
export class MemberRequestView {
  @ApiProperty({ example: 'dev@example.com' })
  email!: string;

  @ApiProperty({ enum: APP_ROLES })
  role!: AppRoleName;

  @ApiProperty({ enum: ['accepted'], description: 'Always `accepted`: whether the email has an account is not revealed' })
  status!: 'accepted';

  static of(email: string, role: AppRoleName): MemberRequestView {
    return { email, role, status: 'accepted' };
  }
}
