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
import { API, ApiIfMatch, ApiProblems, IfMatch, UuidParam } from '../common/http';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { PageQuery } from '../common/paging';
import {
  SubscriptionWithSecretResponse,
  CreateSubscriptionDto,
  DeliveryDetailResponse,
  DeliveryPage,
  SecretResponse,
  SubscriptionListQuery,
  SubscriptionPage,
  SubscriptionResponse,
  UpdateSubscriptionDto,
} from './dto/subscription.dto';
import { SubscriptionsService } from './subscriptions.service';

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
  @ApiOkResponse({ type: SubscriptionPage })
  @ApiProblems(400)
  list(@CurrentActor() actor: Actor, @Query() query: SubscriptionListQuery) {
    return this.service.list(actor, query);
  }

  @ApiOperation({ operationId: 'createSubscription', summary: 'Subscribe to notification events' })
  @IdempotentPost()
  @Authenticated(Permission.Self)
  @ApiCreatedResponse({ type: SubscriptionWithSecretResponse })
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
  @IdempotentPost(':id/rotate-secret')
  @HttpCode(200)
  @Authenticated(Permission.Self)
  @ApiIfMatch()
  @ApiOkResponse({ type: SecretResponse })
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
  @ApiOkResponse({ type: DeliveryPage })
  @ApiProblems(400, 404)
  deliveries(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string, @Query() query: PageQuery) {
    return this.service.deliveries(actor, id, query);
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
