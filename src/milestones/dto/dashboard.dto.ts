import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { CommaList, IsCountryCode, QueryInt } from '../../common/validation';
import { MILESTONE_STATUSES } from '../milestone.workflow';
import { ApiNullable } from '../../common/openapi';

export class DashboardQuery {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: 365,
    default: 30,
    description: 'The “due soon” window, in days from today.',
  })
  @IsOptional()
  @QueryInt()
  @IsInt()
  @Min(1)
  @Max(365)
  days?: number;

  @ApiPropertyOptional({
    isArray: true,
    type: String,
    description: 'ISO codes, comma-separated (of the linked document or summit).',
  })
  @IsOptional()
  @CommaList()
  @IsCountryCode({ each: true })
  country?: string[];

  @ApiPropertyOptional({ isArray: true, type: String, description: 'Sectors, comma-separated.' })
  @IsOptional()
  @CommaList()
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  sector?: string[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all')
  ownerInstitutionId?: string;
}

export class DashboardMilestone {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: string;
  @ApiProperty({ format: 'date' }) dueOn: string;
  @ApiNullable(String) sector: string | null;
  @ApiNullable(String, { format: 'uuid' }) documentId: string | null;
  @ApiNullable(String, { format: 'uuid' }) summitId: string | null;
  @ApiNullable(Number) progressPercent: number | null;
  @ApiProperty() overdue: boolean;
}

export class DashboardList {
  @ApiProperty({ type: 'integer', description: 'How many match (the items are the first 100 by due date).' })
  total: number;
  @ApiProperty({ type: [DashboardMilestone] }) items: DashboardMilestone[];
}

export class DashboardCounts {
  @ApiProperty({ type: 'integer' }) total: number;
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: 'integer' }) dueSoon: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { planned: 3, in_progress: 5, at_risk: 1, blocked: 0, completed: 2, cancelled: 0 },
    description: 'Every status, zero included.',
  })
  byStatus: Record<string, number>;
}

export class DashboardGroup {
  @ApiNullable(String, {
    description: 'The group’s id (document, summit, institution) or sector; null: milestones without one.',
  })
  key: string | null;
  @ApiNullable(String, { description: 'Document or summit title, institution name, or the sector.' })
  label: string | null;
  @ApiProperty({ type: 'integer' }) count: number;
  @ApiProperty({ type: 'integer' }) overdue: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' } }) byStatus: Record<
    string,
    number
  >;
  @ApiNullable(Number, { description: 'Mean progressPercent of those with one, 2 decimals.' })
  averageProgress: number | null;
}

export class DashboardResponse {
  @ApiProperty({ format: 'date' }) today: string;
  @ApiProperty({ type: 'integer' }) days: number;
  @ApiProperty({ type: DashboardCounts }) counts: DashboardCounts;
  @ApiProperty({ type: DashboardList, description: 'Past due and not completed or cancelled, oldest first.' })
  overdue: DashboardList;
  @ApiProperty({
    type: DashboardList,
    description: 'Due from today to today + days, not completed or cancelled.',
  })
  dueSoon: DashboardList;
  @ApiProperty({ type: [DashboardGroup], description: 'Largest groups first (at most 100 per view).' })
  byDocument: DashboardGroup[];
  @ApiProperty({ type: [DashboardGroup] }) bySummit: DashboardGroup[];
  @ApiProperty({ type: [DashboardGroup] }) bySector: DashboardGroup[];
  @ApiProperty({ type: [DashboardGroup] }) byOwner: DashboardGroup[];
}
