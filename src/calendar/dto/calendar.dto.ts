import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';
import { CommaList, IsCountryCode, IsDateOnly } from '../../common/validation';

export class CalendarQuery {
  @ApiPropertyOptional({
    description:
      'A calendar feed token (POST /api/v1/auth/feed-token), for calendar apps that cannot send a bearer token. Revoked tokens get 401.',
  })
  @IsOptional()
  @IsString()
  @Length(20, 200)
  token?: string;

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    description:
      'ISO codes, comma-separated: summits with one of these participants, milestones whose document or summit has one.',
  })
  @IsOptional()
  @CommaList()
  @IsCountryCode({ each: true })
  country?: string[];

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    description:
      'Sectors, comma-separated: milestones of these sectors, summits whose documents or milestones have one.',
  })
  @IsOptional()
  @CommaList()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sector?: string[];

  @ApiPropertyOptional({ format: 'date', description: 'Events ending on or after this date.' })
  @IsOptional()
  @IsDateOnly()
  from?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Events starting on or before this date.' })
  @IsOptional()
  @IsDateOnly()
  to?: string;
}
