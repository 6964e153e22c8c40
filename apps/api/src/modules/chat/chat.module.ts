import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ConnectionsModule } from '../connections/connections.module';
import { FunctionsModule } from '../functions/functions.module';
import { FunctionsService } from '../functions/functions.service';
import { ProvidersModule } from '../providers/providers.module';
import { ChatFunctionsPort } from './chat-functions.port';
import { ChatController } from './chat.controller';
import { ChatPlannerService } from './chat-planner.service';
import { ChatService } from './chat.service';
import { ChatMessage } from './entities/chat-message.entity';

/**
 * The chat: a request in plain words → plan (planner library), connection state and consent URLs (connections
 * module), and a function made or edited from it (the functions module behind {@link ChatFunctionsPort}).
 */
@Module({
  imports: [TypeOrmModule.forFeature([ChatMessage]), ConnectionsModule, ProvidersModule, FunctionsModule],
  controllers: [ChatController],
  providers: [ChatService, ChatPlannerService, { provide: ChatFunctionsPort, useExisting: FunctionsService }],
  exports: [ChatService, ChatPlannerService],
})
export class ChatModule {}
