import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsService } from './attachments.service';
import { DocumentClearance } from './document-clearance';
import { TextExtractionWorker } from './text-extraction.worker';

@Module({
  imports: [DocumentsModule],
  controllers: [AttachmentsController],
  providers: [AttachmentsService, DocumentClearance, TextExtractionWorker],
  exports: [AttachmentsService, DocumentClearance, TextExtractionWorker],
})
export class AttachmentsModule {}
