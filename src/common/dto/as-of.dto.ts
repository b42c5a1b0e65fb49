import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsInstant } from '../validation';

export class AsOfQuery {
  @ApiPropertyOptional({ format: 'date-time', description: 'Return the entity as it stood at this instant.' })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}
