import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';
import { QueryBoolean } from '../../common/validation';
import { ATTACHMENT_KINDS, TEXT_STATUSES } from '../attachment.entity';
import { ACCEPTED_TYPES } from '../file-type';

export class AttachmentVersionResponse {
  @ApiProperty({ example: 1 }) n: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' })
  sha256: string;
  @ApiProperty({ description: 'Bytes.' }) size: number;
  @ApiProperty({ enum: Object.keys(ACCEPTED_TYPES), description: 'Detected from the bytes.' })
  contentType: string;
  @ApiProperty({ example: 'memorandum-signed.pdf' }) fileName: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy: string;
  @ApiProperty({
    enum: TEXT_STATUSES,
    description: 'Text extraction for search: pending, extracted, none (no text in the file) or failed.',
  })
  textStatus: string;
}

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) documentId: string;
  @ApiProperty({ enum: ATTACHMENT_KINDS }) kind: string;
  @ApiProperty({ nullable: true, type: String, example: 'az' }) language: string | null;
  @ApiProperty({ nullable: true, type: String }) title: string | null;
  @ApiProperty({ description: 'The latest version’s n; ETag of this response.' }) version: number;
  @ApiProperty({ type: [AttachmentVersionResponse], description: 'Oldest first.' })
  versions: AttachmentVersionResponse[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ format: 'uuid' }) createdBy: string;
  @ApiProperty({ format: 'uuid' }) updatedBy: string;
}

export class AttachmentPage {
  @ApiProperty({ type: [AttachmentResponse] }) items: AttachmentResponse[];
  @ApiProperty({ nullable: true, type: String }) nextCursor: string | null;
}

export class ContentQuery {
  @ApiPropertyOptional({
    description:
      'Re-hash the stored bytes before sending them: 409 integrity-check-failed when they no longer match the sha256 recorded at upload.',
  })
  @IsOptional()
  @QueryBoolean()
  @IsBoolean()
  verify?: boolean;
}

const FILE = {
  type: 'string',
  format: 'binary',
  description: 'The file; its type is detected from its bytes.',
};

/** The multipart bodies, as OpenAPI describes them (a generated client builds FormData from these). */
export const UPLOAD_BODY = {
  schema: {
    type: 'object',
    required: ['file', 'kind'],
    properties: {
      file: FILE,
      kind: { type: 'string', enum: [...ATTACHMENT_KINDS] },
      language: { type: 'string', example: 'az', description: 'A language tag (az, kk, ru, en, …).' },
      title: { type: 'string', maxLength: 300 },
    },
  },
};

export const VERSION_BODY = {
  schema: { type: 'object', required: ['file'], properties: { file: FILE } },
};

/** The download, in every accepted type. */
export const BINARY_CONTENT = Object.fromEntries(
  [...Object.keys(ACCEPTED_TYPES), 'application/octet-stream'].map((full) => {
    const type = full.split(';')[0];
    // Plain text is a string; every other file a binary string, so that clients download bytes.
    return [
      type,
      { schema: type.startsWith('text/') ? { type: 'string' } : { type: 'string', format: 'binary' } },
    ];
  }),
);

export const CONTENT_HEADERS = {
  ETag: { description: 'The version’s sha256 in quotes.', schema: { type: 'string' } },
  'Content-Disposition': {
    description: 'attachment, with the uploaded file name.',
    schema: { type: 'string' },
  },
  'Repr-Digest': { description: 'RFC 9530: sha-256 of the whole file.', schema: { type: 'string' } },
  'Accept-Ranges': { schema: { type: 'string', enum: ['bytes'] } },
};
