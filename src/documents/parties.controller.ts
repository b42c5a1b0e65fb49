import { IdempotentPost } from '../common/idempotency.interceptor';
import { Body, Controller, Get, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags, ApiOperation } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { Permission } from '../auth/permissions';
import { parseIfMatch } from '../common/etag';
import { API, ApiIfMatch, ApiProblems, UuidParam, IfMatch } from '../common/http';
import { TransitionHistoryItem } from '../common/openapi';
import { Problem } from '../common/problem';
import { isCountryCode } from '../common/validation';
import { PartyList, PartyResponse, PartyTransitionDto, UpdatePartyDto } from './dto/party.dto';
import { PartiesService } from './parties.service';

/** A party is named by its ISO country code; anything else is a 400 naming `country`. */
const CountryParam = {
  transform(value: string): string {
    if (!isCountryCode(value))
      throw Problem.invalidField('country', 'must be an ISO 3166-1 alpha-2 code in upper case');
    return value;
  },
};

const ApiCountry = () =>
  ApiParam({ name: 'country', example: 'KZ', description: 'The party, ISO 3166-1 alpha-2.' });

@ApiTags('documents')
@Controller(`${API}/documents/:id/parties`)
export class PartiesController {
  constructor(private readonly parties: PartiesService) {}

  @ApiOperation({ operationId: 'listDocumentParties', summary: 'A document’s parties and their consent' })
  @Get()
  @Authenticated(Permission.Read)
  @ApiOkResponse({ type: PartyList, description: 'One record per party country, by country code.' })
  @ApiProblems(400, 404)
  list(@CurrentActor() actor: Actor, @Param('id', UuidParam) id: string) {
    return this.parties.list(actor, id);
  }

  @ApiOperation({ operationId: 'getDocumentParty', summary: 'One party’s consent record' })
  @Get(':country')
  @Authenticated(Permission.Read)
  @ApiCountry()
  @ApiOkResponse({ type: PartyResponse })
  @ApiProblems(400, 404)
  get(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('country', CountryParam) country: string,
  ) {
    return this.parties.get(actor, id, country);
  }

  @ApiOperation({
    operationId: 'updateDocumentParty',
    summary: 'Change a party’s procedure, instrument or note reference',
  })
  @Patch(':country')
  @Authenticated(Permission.WriteRegisters)
  @ApiCountry()
  @ApiIfMatch()
  @ApiOkResponse({ type: PartyResponse })
  @ApiProblems(400, 404, 412)
  update(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('country', CountryParam) country: string,
    @Body() dto: UpdatePartyDto,
    @IfMatch() ifMatch?: string,
  ) {
    return this.parties.update(actor, id, country, dto, parseIfMatch(ifMatch));
  }

  @ApiOperation({
    operationId: 'transitionDocumentParty',
    summary: 'Record a party’s consent step (procedure completed, notified, withdrawn)',
  })
  @IdempotentPost(':country/transitions')
  @HttpCode(200)
  @Authenticated(Permission.WriteRegisters)
  @ApiCountry()
  @ApiIfMatch()
  @ApiOkResponse({ type: PartyResponse })
  @ApiProblems(400, 404, 409, 412, 422)
  transition(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('country', CountryParam) country: string,
    @Body() dto: PartyTransitionDto,
    @IfMatch() ifMatch?: string,
  ) {
    return this.parties.transition(actor, id, country, dto, parseIfMatch(ifMatch));
  }

  @ApiOperation({ operationId: 'listDocumentPartyTransitions', summary: 'A party’s status history' })
  @Get(':country/transitions')
  @Authenticated(Permission.ReadHistory)
  @ApiCountry()
  @ApiOkResponse({ type: [TransitionHistoryItem] })
  @ApiProblems(400, 404)
  transitions(
    @CurrentActor() actor: Actor,
    @Param('id', UuidParam) id: string,
    @Param('country', CountryParam) country: string,
  ) {
    return this.parties.statusHistory(actor, id, country);
  }
}
