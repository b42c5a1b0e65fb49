import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min, MinLength } from 'class-validator';
import { EnumListFilter, QueryInt } from '../../common/validation';
import { SEARCH_TYPES } from '../search.sql';

export class SearchQuery {
  @ApiProperty({
    description:
      'Words to find (all must match): prefixes match, case and diacritics are folded, and small typos in names are forgiven.',
    example: 'Kazakh oil',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q: string;

  /** Which registers to search (default all). */
  @EnumListFilter(SEARCH_TYPES)
  types?: string[];

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;

  @ApiPropertyOptional({ description: 'Opaque cursor: nextCursor of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  cursor?: string;
}

export class SearchHitResponse {
  @ApiProperty({ enum: SEARCH_TYPES }) type: string;
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({
    description: 'HTML-escaped text around the matches, each match in <mark>…</mark>.',
    example: 'Memorandum on <mark>oil</mark> transit · …',
  })
  snippet: string;
  @ApiProperty() status: string;
  @ApiProperty({ description: 'Relevance; higher is better (items come best first).' }) rank: number;
}

export class SearchPage {
  @ApiProperty({ type: [SearchHitResponse] }) items: SearchHitResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}
