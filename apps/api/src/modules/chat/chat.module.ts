import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '../connections/connections.module';
import { ProvidersModule } from '../providers/providers.module';
import { ChatController } from './chat.controller';
import { ChatPlannerService } from './chat-planner.service';
import { ChatService } from './chat.service';
import { ChatMessage } from './entities/chat-message.entity';

/**
 * The chat: a request in plain words → plan (planner library), connection state and consent URLs (connections
 * module), and — when the functions module provides {@link ChatFunctionsPort} — a function made or edited from it.
 */
@Module({
  imports: [TypeOrmModule.forFeature([ChatMessage]), ConnectionsModule, ProvidersModule],
  controllers: [ChatController],
  providers: [ChatService, ChatPlannerService],
  exports: [ChatService, ChatPlannerService],
})
export class ChatModule {}
