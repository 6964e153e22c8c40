import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { User } from '../../identity/entities/user.entity';
import { App } from './app.entity';

export const APP_ROLES = ['viewer', 'editor', 'owner'] as const;
/** Role inside one app, in increasing order of power. */
export type AppRoleName = (typeof APP_ROLES)[number];

/** Whether `role` grants at least what `required` asks for. */
export function roleAtLeast(role: AppRoleName, required: AppRoleName): boolean {
  return APP_ROLES.indexOf(role) >= APP_ROLES.indexOf(required);
}

@Entity({ name: 'app_members' })
export class AppMember {
  // The composite primary key doubles as the "one membership per app and user" constraint.
  @PrimaryColumn({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => App, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: App;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'varchar', length: 16 })
  role!: AppRoleName;

  @Column({ name: 'added_at', type: Date })
  addedAt!: Date;
}
