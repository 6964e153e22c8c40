import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { ChatAnswer, ChatMessage } from './chat.models';
import { normalizeThread } from './chat-helpers';

const enc = encodeURIComponent;

/** An app's conversation with the planner. */
@Injectable({ providedIn: 'root' })
export class ChatApi {
  private readonly http = inject(HttpClient);

  async thread(appId: string): Promise<ChatMessage[]> {
    return normalizeThread(await firstValueFrom(this.http.get<unknown>(`/api/apps/${enc(appId)}/chat`)));
  }

  send(appId: string, message: string, functionId?: string): Promise<ChatAnswer> {
    const body = functionId ? { message, functionId } : { message };
    return firstValueFrom(this.http.post<ChatAnswer>(`/api/apps/${enc(appId)}/chat`, body));
  }
}
