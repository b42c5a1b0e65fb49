import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { LivenessResponse, ReadinessResponse } from './health.dto';
import { metricsRegistry } from './metrics';

/** Liveness, readiness (the database answers within 2 s) and Prometheus metrics. */
@ApiTags('operations')
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('health/live')
  @Public()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessResponse })
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Public()
  @ApiOperation({ operationId: 'getReadiness', summary: 'Readiness: the database answers within 2 s' })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiResponse({ status: 503, type: ReadinessResponse, description: 'Not ready (see Retry-After).' })
  async ready(@Res() reply: FastifyReply) {
    const check = () =>
      this.indicators
        .check('database')
        .attempt(async () => {
          await this.dataSource.query('SELECT 1');
        })
        .withTimeout(2000);
    try {
      reply.send(await this.health.check([check]));
    } catch (error: any) {
      reply
        .status(503)
        .header('Retry-After', '5')
        .send(error?.getResponse?.() ?? { status: 'error' });
    }
  }

  @Get('metrics')
  @Public()
  @ApiOperation({ operationId: 'getMetrics', summary: 'Prometheus metrics' })
  @ApiOkResponse({
    description: 'The Prometheus text exposition format.',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  async metrics(@Res() reply: FastifyReply) {
    reply.header('Content-Type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
