import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional, IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin@pacta.local' })
  @IsString()
  @Length(1, 320)
  email: string;

  @ApiProperty({ writeOnly: true })
  @IsString()
  @Length(1, 200)
  password: string;

  // No `default` in the schema: generated clients would then make the field required.
  @ApiPropertyOptional({
    description:
      'Default false. true for a browser session: the answer also sets the HttpOnly refresh cookie `pacta_refresh` (Path=/api/v1/auth, SameSite=Strict, Secure unless Pacta is on loopback HTTP, Max-Age = the session lifetime), to be exchanged at POST /api/v1/auth/refresh. Needs the header X-Pacta-CSRF: 1 (and a same-origin Origin/Sec-Fetch-Site when sent); 403 otherwise.',
  })
  @IsOptional()
  @IsBoolean()
  session?: boolean;
}

export class TokenResponse {
  @ApiProperty({ description: 'A JWT for `Authorization: Bearer …`. Browsers keep it in memory only.' })
  accessToken: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
  @ApiProperty({ type: 'integer', description: 'Seconds until the token expires.' }) expiresIn: number;
}

export class FeedTokenResponse {
  @ApiProperty({ description: 'Shown once. Use as /api/v1/calendar.ics?token=…' }) feedToken: string;
  @ApiProperty() url: string;
}
