import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, User, UserRole } from '../entities/user.entity';

/** A user as the API shows it (never the password hash). */
export class UserView {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty({ description: 'A disabled user cannot sign in; their sessions and API keys are refused' })
  disabled!: boolean;

  static of(user: User): UserView {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      createdAt: user.createdAt.toISOString(),
      disabled: user.disabledAt != null,
    };
  }
}
