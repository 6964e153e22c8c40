import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../platform/http/public.decorator';
import { HealthService, HealthStatus } from './health.service';

class HealthView implements HealthStatus {
  @ApiProperty({ enum: ['ok'] })
  status!: 'ok';

  @ApiProperty({ enum: ['sqlite', 'postgres'] })
  database!: 'sqlite' | 'postgres';

  @ApiProperty({ enum: ['bullmq', 'embedded'], description: 'what carries function runs and schedules' })
  queue!: 'bullmq' | 'embedded';
}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Get()
  @Public()
  @ApiOkResponse({ type: HealthView })
  @ApiServiceUnavailableResponse({ description: 'database_unavailable' })
  check(): Promise<HealthStatus> {
    return this.health.check();
  }
}
