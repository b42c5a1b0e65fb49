import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IMPORT_KINDS, IMPORT_STATUSES } from '../import.entity';

export class ImportRowError {
  @ApiProperty({ type: 'integer', description: 'The row of the file (the header is row 1).' })
  row: number;

  @ApiProperty({ example: 'type' })
  field: string;

  @ApiProperty({ example: 'must be one of memorandum_of_understanding, declaration, …' })
  message: string;
}

export class ImportCounts {
  @ApiProperty({ type: 'integer' })
  create: number;

  @ApiProperty({ type: 'integer' })
  update: number;

  @ApiProperty({ type: 'integer' })
  unchanged: number;
}

export class ImportResponse {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: IMPORT_KINDS })
  kind: string;

  @ApiProperty({
    enum: IMPORT_STATUSES,
    description:
      '`validated` (may be applied), `invalid` (has errors), `applied`, `expired` (validated but not applied within 24 hours: its file was dropped; upload it again).',
  })
  status: string;

  @ApiProperty({ type: 'integer', description: 'Data rows in the file.' })
  rows: number;

  @ApiProperty({ type: [ImportRowError] })
  errors: ImportRowError[];

  @ApiProperty({ type: ImportCounts, description: 'What apply would do, row by row.' })
  preview: ImportCounts;

  @ApiPropertyOptional({ type: ImportCounts, nullable: true, description: 'What apply did (once applied).' })
  result: ImportCounts | null;
}

export class TemplateQuery {
  @ApiPropertyOptional({ enum: ['csv', 'xlsx'], default: 'xlsx' })
  @IsOptional()
  @IsIn(['csv', 'xlsx'])
  format?: 'csv' | 'xlsx';
}

export const IMPORT_BODY = {
  schema: {
    type: 'object',
    required: ['file', 'kind'],
    properties: {
      file: { type: 'string', format: 'binary', description: 'CSV (UTF-8, comma or semicolon) or XLSX.' },
      kind: { type: 'string', enum: [...IMPORT_KINDS] },
      sheet: { type: 'string', description: 'XLSX: the sheet to read (default the first).' },
    },
  },
};
