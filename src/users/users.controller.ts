import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Headers, Param, Patch, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIfMatch } from '../common/etag';
import { API, ApiIfMatch, ApiProblems, UuidParam } from '../common/http';
import { CreateUserDto, UpdateUserDto, UserListQuery, UserPage, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

@ApiTags('users')
@Controller(`${API}/users`)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @IdempotentPost()
  @Authenticated(Permission.ManageUsers)
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(400, 409)
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Get()
  @Authenticated(Permission.ManageUsers)
  @ApiOkResponse({ type: UserPage })
  @ApiProblems(400)
  list(@Query() query: UserListQuery) {
    return this.users.list(query);
  }

  @Get(':id')
  @Authenticated(Permission.ManageUsers)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404)
  get(@Param('id', UuidParam) id: string) {
    return this.users.get(id);
  }

  @Patch(':id')
  @Authenticated(Permission.ManageUsers)
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404, 412, 422)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateUserDto,
    @Headers('if-match') ifMatch?: string,
  ) {
    return this.users.update(actor, id, dto, parseIfMatch(ifMatch));
  }
}
