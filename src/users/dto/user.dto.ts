import { ListPageQuery } from '../../common/csv-export';
import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
} from 'class-validator';
import { IsNormalizedEmail } from '../email';
import { CLEARANCES, ROLES } from '../roles';
import { ApiNullable } from '../../common/openapi';

export const PASSWORD_MIN = 12;

export class CreateUserDto {
  @ApiProperty({
    example: 'analyst@mfa.example',
    maxLength: 320,
    description:
      'Stored Unicode-normalised (NFKC) and lower-cased; it must then be printable ASCII (an internationalised domain in its xn-- form): invisible characters and look-alike letters such as ı are refused.',
  })
  @IsNormalizedEmail()
  @IsEmail({}, { message: 'must be an email address' })
  @MaxLength(320)
  email: string;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @IsString()
  @Length(1, 200)
  displayName: string;

  @ApiProperty({ minLength: PASSWORD_MIN, maxLength: 200, writeOnly: true })
  @IsString()
  @Length(PASSWORD_MIN, 200, { message: `must be ${PASSWORD_MIN} to 200 characters long` })
  password: string;

  @ApiProperty({ enum: ROLES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @ArrayUnique()
  @IsIn(ROLES, { each: true })
  roles: string[];

  @ApiPropertyOptional({ enum: CLEARANCES, default: 'public' })
  @IsOptional()
  @IsIn(CLEARANCES)
  clearance?: string;

  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  disabled?: boolean;
}

export class UpdateUserDto extends PartialType(OmitType(CreateUserDto, ['email'] as const)) {}

export class UserListQuery extends ListPageQuery {}

export class UserResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ enum: ROLES, isArray: true }) roles: string[];
  @ApiProperty({ enum: CLEARANCES }) clearance: string;
  @ApiProperty() disabled: boolean;
  @ApiProperty({ enum: ['active', 'disabled'] }) status: string;
  @ApiProperty({ type: 'integer' }) version: number;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiNullable(String, { format: 'uuid' }) createdBy: string | null;
  @ApiNullable(String, { format: 'uuid' }) updatedBy: string | null;
}

export class UserPage {
  @ApiProperty({ type: [UserResponse] }) items: UserResponse[];
  @ApiNullable(String) nextCursor: string | null;
}
