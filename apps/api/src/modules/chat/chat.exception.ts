import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../../platform/errors/api-exception';

export enum ChatErrorCode {
  InvalidMessage = 'invalid_message',
}

export class ChatException extends ApiException {
  static invalidMessage(message: string): ChatException {
    return new ChatException(HttpStatus.BAD_REQUEST, ChatErrorCode.InvalidMessage, message);
  }

  private constructor(status: number, code: ChatErrorCode, message: string) {
    super(status, code, message);
  }
}
