import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';
import { UserView } from './user.view';

export class LoginDto {
  @ApiProperty({ example: 'admin@patchbay.local' })
  @IsString()
  @MinLength(1)
  @MaxLength(320)
  email!: string;

  @ApiProperty({ format: 'password' })
  @IsString()
  @MinLength(1)
  @MaxLength(1024)
  password!: string;
}

export class LoginResponse {
  @ApiProperty({ description: 'Opaque bearer token (pbs_…); send as Authorization: Bearer <token>' })
  token!: string;

  @ApiProperty()
  expiresAt!: string;

  @ApiProperty({ type: () => UserView })
  user!: UserView;
}
