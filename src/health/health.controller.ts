import { Controller, Get, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { metricsRegistry } from './metrics';

/** Liveness, readiness (the database answers within 2 s) and Prometheus metrics. */
@ApiExcludeController()
@Controller()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
  ) {}

  @Get('health/live')
  @Public()
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Public()
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
  async metrics(@Res() reply: FastifyReply) {
    reply.header('Content-Type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
