import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@pacta.local' })
  @IsString()
  @Length(1, 320)
  email: string;

  @ApiProperty({ writeOnly: true })
  @IsString()
  @Length(1, 200)
  password: string;
}

export class TokenResponse {
  @ApiProperty() accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires.' }) expiresIn: number;
}

export class FeedTokenResponse {
  @ApiProperty({ description: 'Shown once. Use as /api/v1/calendar.ics?token=…' }) feedToken: string;
  @ApiProperty() url: string;
}
