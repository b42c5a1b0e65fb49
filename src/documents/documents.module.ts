import { Module } from '@nestjs/common';
import { SummitsModule } from '../summits/summits.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { SignatoriesController } from './signatories.controller';
import { SignatoriesService } from './signatories.service';

@Module({
  imports: [SummitsModule],
  controllers: [DocumentsController, SignatoriesController],
  providers: [DocumentsService, SignatoriesService],
  exports: [DocumentsService, SignatoriesService],
})
export class DocumentsModule {}
