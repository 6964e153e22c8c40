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
