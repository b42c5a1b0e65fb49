import { Module } from '@nestjs/common';
import { DeadlinesModule } from '../deadlines/deadlines.module';
import { SummitsModule } from '../summits/summits.module';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { PartiesController } from './parties.controller';
import { PartiesService } from './parties.service';
import { SignatoriesController } from './signatories.controller';
import { SignatoriesService } from './signatories.service';

@Module({
  imports: [SummitsModule, DeadlinesModule],
  controllers: [DocumentsController, SignatoriesController, PartiesController],
  providers: [DocumentsService, SignatoriesService, PartiesService],
  exports: [DocumentsService, SignatoriesService],
})
export class DocumentsModule {}
