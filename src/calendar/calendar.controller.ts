import { Controller, Get, Header, Query, SetMetadata } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Actor } from '../auth/actor';
import { Authenticated, CurrentActor } from '../auth/auth.decorators';
import { FEED_TOKEN_KEY } from '../auth/auth.guard';
import { Permission } from '../auth/permissions';
import { API, ApiProblems } from '../common/http';
import { CalendarQuery } from './dto/calendar.dto';
import { CalendarService } from './calendar.service';

@ApiTags('calendar')
@Controller(API)
export class CalendarController {
  constructor(private readonly calendar: CalendarService) {}

  @Get('calendar.ics')
  @Authenticated(Permission.Read)
  @SetMetadata(FEED_TOKEN_KEY, true)
  @Header('Cache-Control', 'private, no-store')
  @ApiOkResponse({
    description:
      'An RFC 5545 iCalendar feed: an all-day event per summit (startsOn to endsOn) and per milestone due date, only what you may see. Authenticate with the bearer token or ?token=<feed token>.',
    content: { 'text/calendar': { schema: { type: 'string' } } },
  })
  @ApiProblems(400)
  @ApiOperation({
    operationId: 'getCalendarFeed',
    summary: 'An iCalendar feed of summits and milestone due dates',
  })
  feed(@CurrentActor() actor: Actor, @Query() query: CalendarQuery) {
    return this.calendar.feed(actor, query);
  }
}
