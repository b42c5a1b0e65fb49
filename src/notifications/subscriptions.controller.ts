import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Query } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIfMatch } from '../common/etag';
import { exportColumns, ListPageQuery, listOrExport } from '../common/csv-export';
import {
  AcceptHeader,
  API,
  ApiIfMatch,
  ApiListResponse,
  ApiProblems,
  IfMatch,
  UuidParam,
} from '../common/http';
import { IdempotentPost } from '../common/idempotency.interceptor';
import {
  SubscriptionWithSecretResponse,
  CreateSubscriptionDto,
  DeliveryDetailResponse,
  DeliveryPage,
  DeliveryResponse,
  SecretResponse,
  SubscriptionListQuery,
  SubscriptionPage,
  SubscriptionResponse,
  UpdateSubscriptionDto,
} from './dto/subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

const SUBSCRIPTION_COLUMNS = exportColumns(SubscriptionResponse);

/** Whether an answer carries a webhook secret (then it must not be stored for a replay). */
function hasSecret(body: unknown): boolean {
  return typeof (body as { secret?: unknown } | null)?.secret === 'string';
}
const DELIVERY_COLUMNS = exportColumns(DeliveryResponse);

/**
 * Subscriptions (§14) and their delivery logs. Everyone manages their own (inbox, email to their
 * own address); admins see all and alone create webhooks (403 otherwise).
 */
@ApiTags('subscriptions')
@Controller(`${API}/subscriptions`)
export class SubscriptionsController {
  constructor(private readonly service: SubscriptionsService) {}

  @ApiOperation({ operationId: 'listSubscriptions', summary: 'Your subscriptions (an admin: all)' })
  @Get()
  @Authenticated(Permission.Self)
  @ApiListResponse(SubscriptionPage, { exports: true })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: SubscriptionListQuery, @AcceptHeader() accept?: string) {
    return listOrExport(query, accept, 'subscriptions', SUBSCRIPTION_COLUMNS, (q) =>
      this.service.list(actor, q),
    );
  }

  @ApiOperation({ operationId: 'createSubscription', summary: 'Subscribe to notification events' })
  // A webhook's answer carries its secret, shown once and kept nowhere else: it is not stored
  // for a replay, so a retry with the same Idempotency-Key runs again (another subscription,
  // another secret). Inbox and email answers carry no secret and replay as usual.
  @IdempotentPost(undefined, { keepResponse: (body) => !hasSecret(body) })
  @Authenticated(Permission.Self)
  @ApiCreatedResponse({
    type: SubscriptionWithSecretResponse,
    description:
      'Created. A webhook answer holds its secret, which is not kept for an Idempotency-Key replay: a retry of a webhook creation with the same key creates another webhook (with another secret) instead of replaying the first.',
  })
  @ApiProblems(400)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateSubscriptionDto) {
    return this.service.create(actor, dto);
  }

  @ApiOperation({ operationId: 'getSubscription', summary: 'Read a subscription' })
  @Get(':id')
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiProblems(400, 404)
  get(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.service.get(actor, id);
  }

  @ApiOperation({ operationId: 'updateSubscription', summary: 'Change a subscription' })
  @Patch(':id')
  @Authenticated(Permission.Self)
  @ApiIfMatch()
  @ApiOkResponse({ type: SubscriptionResponse })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateSubscriptionDto,
    @IfMatch() ifMatch?: string,
  ) {
    return this.service.update(actor, id, dto, parseIfMatch(ifMatch));
  }

  @ApiOperation({ operationId: 'deleteSubscription', summary: 'Delete a subscription and its delivery log' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Deleted; inbox notifications already delivered stay.' })
  @Authenticated(Permission.Self)
  @ApiIfMatch()
  @ApiProblems(400, 404, 412)
  remove(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @IfMatch() ifMatch?: string) {
    return this.service.remove(actor, id, parseIfMatch(ifMatch));
  }

  @ApiOperation({
    operationId: 'rotateSubscriptionSecret',
    summary: 'A new signing secret for a webhook (shown once)',
  })
  // The new secret is shown once and never stored for a replay: a retry rotates again.
  @IdempotentPost(':id/rotate-secret', { keepResponse: false })
  @HttpCode(200)
  @Authenticated(Permission.Self)
  @ApiIfMatch()
  @ApiOkResponse({
    type: SecretResponse,
    description:
      'The new secret. It is not kept for an Idempotency-Key replay: a retry with the same key rotates again and answers another secret.',
  })
  @ApiProblems(400, 404, [409, 'Not a webhook subscription.'], 412)
  rotateSecret(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @IfMatch() ifMatch?: string,
  ) {
    return this.service.rotateSecret(actor, id, parseIfMatch(ifMatch));
  }

  @ApiOperation({
    operationId: 'listSubscriptionDeliveries',
    summary: 'The deliveries of a subscription, newest first',
  })
  @Get(':id/deliveries')
  @Authenticated(Permission.Self)
  @ApiListResponse(DeliveryPage, { exports: true })
  @ApiProblems(400, 404)
  deliveries(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Query() query: ListPageQuery,
    @AcceptHeader() accept?: string,
  ) {
    return listOrExport(query, accept, 'deliveries', DELIVERY_COLUMNS, (q) =>
      this.service.deliveries(actor, id, q),
    );
  }

  @ApiOperation({ operationId: 'getSubscriptionDelivery', summary: 'One delivery with each of its attempts' })
  @Get(':id/deliveries/:deliveryId')
  @Authenticated(Permission.Self)
  @ApiOkResponse({ type: DeliveryDetailResponse })
  @ApiProblems(400, 404)
  delivery(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('deliveryId', UuidParam) deliveryId: string,
  ) {
    return this.service.delivery(actor, id, deliveryId);
  }
}
