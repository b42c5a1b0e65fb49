import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Inject, Req, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { HealthCheckService, HealthIndicatorService } from '@nestjs/terminus';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators';
import { ApiProblems } from '../common/http';
import { Problem } from '../common/problem';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.token';
import { LivenessResponse, ReadinessResponse } from './health.dto';
import { metricsRegistry, observePool, type PoolGauges } from './metrics';

/**
 * Liveness, readiness (the database answers within 2 s) and Prometheus metrics. Anonymous
 * callers learn only "ok" or "error"; the database's own words and the metrics are for whoever
 * presents PACTA_METRICS_TOKEN (when it is set, /metrics requires it).
 */
@ApiTags('operations')
@Controller()
export class HealthController {
  private readonly operatorToken: Buffer | null;

  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.operatorToken = config.metricsToken ? Buffer.from(config.metricsToken) : null;
  }

  @Get('health/live')
  @Public()
  @ApiOperation({ operationId: 'getLiveness', summary: 'Liveness: the process answers' })
  @ApiOkResponse({ type: LivenessResponse })
  live() {
    return { status: 'ok' };
  }

  @Get('health/ready')
  @Public()
  @ApiOperation({
    operationId: 'getReadiness',
    summary: 'Readiness: the database answers within 2 s',
    description:
      'Anonymous callers get only { status }; with Authorization: Bearer <PACTA_METRICS_TOKEN>, the checks too.',
  })
  @ApiOkResponse({ type: ReadinessResponse })
  @ApiResponse({ status: 503, type: ReadinessResponse, description: 'Not ready (see Retry-After).' })
  async ready(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const check = () =>
      this.indicators
        .check('database')
        .attempt(async () => {
          await this.dataSource.query('SELECT 1');
        })
        .withTimeout(2000);
    const detailed = this.isOperator(request);
    try {
      const result = await this.health.check([check]);
      reply.send(detailed ? result : { status: 'ok' });
    } catch (error: unknown) {
      const details = (error as { getResponse?: () => unknown })?.getResponse?.();
      reply
        .status(503)
        .header('Retry-After', '5')
        .send(detailed && details ? details : { status: 'error' });
    }
  }

  @Get('metrics')
  @Public()
  @ApiOperation({
    operationId: 'getMetrics',
    summary: 'Prometheus metrics',
    description: 'When PACTA_METRICS_TOKEN is set, it needs Authorization: Bearer <that token>.',
  })
  @ApiOkResponse({
    description: 'The Prometheus text exposition format.',
    content: { 'text/plain': { schema: { type: 'string' } } },
  })
  @ApiProblems([401, 'PACTA_METRICS_TOKEN is set and was not presented.'])
  async metrics(@Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    if (this.operatorToken && !this.isOperator(request))
      throw Problem.unauthorized('GET /metrics needs Authorization: Bearer <PACTA_METRICS_TOKEN>.');
    // The registry is the process's; the pool is this app's (tests run several apps in a process).
    observePool(() => this.poolGauges());
    reply.header('Content-Type', metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }

  private poolGauges(): PoolGauges | null {
    const pool = (this.dataSource.driver as unknown as { master?: PoolGauges }).master;
    return pool
      ? { totalCount: pool.totalCount, idleCount: pool.idleCount, waitingCount: pool.waitingCount }
      : null;
  }

  private isOperator(request: FastifyRequest): boolean {
    const header = request.headers.authorization;
    if (!this.operatorToken || typeof header !== 'string' || !/^Bearer\s+/i.test(header)) return false;
    const given = Buffer.from(header.replace(/^Bearer\s+/i, ''));
    return given.length === this.operatorToken.length && timingSafeEqual(given, this.operatorToken);
  }
}
