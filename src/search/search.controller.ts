import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { API, ApiProblems } from '../common/http';
import { SearchPage, SearchQuery } from './dto/search.dto';
import { SearchService } from './search.service';

@ApiTags('search')
@Controller(`${API}/search`)
export class SearchController {
  constructor(private readonly search: SearchService) {}

  @ApiOperation({ operationId: 'search', summary: 'Search documents, summits, institutions and milestones' })
  @Get()
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: SearchPage, description: 'Best first; hidden documents never appear.' })
  @ApiProblems(400)
  find(@CurrentActor() actor: Actor, @Query() query: SearchQuery) {
    return this.search.search(actor, query);
  }
}
