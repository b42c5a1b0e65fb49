import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { PageOf, VersionedResponse } from '../../common/dto/tracked-response';
import { IsDateOnly } from '../../common/validation';
import { ApiNullable, ApiNullableOptional } from '../../common/openapi';

export class CreateSignatoryDto {
  @ApiProperty({ format: 'uuid', description: 'The signing institution (422 if none).' })
  @IsUUID('all')
  institutionId: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'Ilham Aliyev' })
  @IsString()
  @Length(1, 300)
  signerName: string;

  @ApiProperty({ minLength: 1, maxLength: 300, example: 'President of the Republic of Azerbaijan' })
  @IsString()
  @Length(1, 300)
  signerTitle: string;

  @ApiNullableOptional(String, { format: 'date' })
  @IsOptional()
  @IsDateOnly()
  signedOn?: string | null;

  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Required once the document is signed or later (422 without).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class RemoveSignatoryQuery {
  @ApiPropertyOptional({
    maxLength: 2000,
    description: 'Required once the document is signed or later (422 without).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

export class SignatoryResponse extends VersionedResponse() {
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ format: 'uuid' }) institutionId: string;
  @ApiProperty({ description: 'Name of the institution.' }) institutionName: string;
  @ApiProperty({ example: 'AZ' }) institutionCountry: string;
  @ApiProperty() signerName: string;
  @ApiProperty() signerTitle: string;
  @ApiNullable(String, { format: 'date' }) signedOn: string | null;
}

export class SignatoryPage extends PageOf(SignatoryResponse) {}
