import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { App } from '../../apps/entities/app.entity';

export type ChatRole = 'user' | 'assistant';

/**
 * One message of an app's conversation: what a person asked, or the planner's answer with its plan (kept as the
 * JSON the chat endpoint returned, consent URLs left out — they are single use and made fresh on each request).
 */
@Entity({ name: 'chat_messages' })
@Index('IDX_chat_messages_app_created', ['appId', 'createdAt'])
export class ChatMessage {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => App, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id' })
  app?: App;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  role!: ChatRole;

  @Column({ type: 'text' })
  content!: string;

  @Column({ name: 'function_id', type: 'varchar', length: 100, nullable: true })
  functionId!: string | null;

  /** The answer (assistant messages): kind, plan, question, function — as returned, without consent URLs. */
  @Column({ type: 'simple-json', nullable: true })
  answer!: Record<string, unknown> | null;

  @Column({ name: 'created_at', type: Date })
  createdAt!: Date;
}
