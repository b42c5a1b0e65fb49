import { Module } from '@nestjs/common';
import { DocumentsModule } from '../documents/documents.module';
import { InstitutionsModule } from '../institutions/institutions.module';
import { MilestonesModule } from '../milestones/milestones.module';
import { SummitsModule } from '../summits/summits.module';
import { ImportsController } from './imports.controller';
import { ImportsService } from './imports.service';

@Module({
  imports: [InstitutionsModule, SummitsModule, DocumentsModule, MilestonesModule],
  controllers: [ImportsController],
  providers: [ImportsService],
})
export class ImportsModule {}
