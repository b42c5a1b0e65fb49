import { exportColumns, listOrExport } from '../common/csv-export';
import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIfMatch } from '../common/etag';
import {
  AcceptHeader,
  API,
  ApiIfMatch,
  ApiListResponse,
  ApiProblems,
  IfMatch,
  UuidParam,
} from '../common/http';
import { CreateUserDto, UpdateUserDto, UserListQuery, UserPage, UserResponse } from './dto/user.dto';
import { UsersService } from './users.service';

/** The columns of a users export. */
const USER_COLUMNS = exportColumns(UserResponse);

@ApiTags('users')
@Controller(`${API}/users`)
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @IdempotentPost()
  @Authenticated(Permission.ManageUsers)
  @ApiCreatedResponse({ type: UserResponse })
  @ApiProblems(400, 409)
  @ApiOperation({ operationId: 'createUser', summary: 'Create a user' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateUserDto) {
    return this.users.create(actor, dto);
  }

  @Get()
  @Authenticated(Permission.ManageUsers)
  @ApiListResponse(UserPage, { exports: true })
  @ApiProblems(400)
  @ApiOperation({ operationId: 'listUsers', summary: 'List users' })
  list(@Query() query: UserListQuery, @AcceptHeader() accept?: string) {
    return listOrExport(query, accept, 'users', USER_COLUMNS, (q) => this.users.list(q));
  }

  @Get(':id')
  @Authenticated(Permission.ManageUsers)
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404)
  @ApiOperation({ operationId: 'getUser', summary: 'Read a user' })
  get(@Param('id', UuidParam) id: string) {
    return this.users.get(id);
  }

  @Patch(':id')
  @Authenticated(Permission.ManageUsers)
  @ApiIfMatch()
  @ApiOkResponse({ type: UserResponse })
  @ApiProblems(400, 404, 412, 422)
  @ApiOperation({
    operationId: 'updateUser',
    summary: 'Change a user (roles, clearance, password, disabled)',
  })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Body() dto: UpdateUserDto,
    @IfMatch() ifMatch?: string,
  ) {
    return this.users.update(actor, id, dto, parseIfMatch(ifMatch));
  }
}
