import { Module } from '@nestjs/common';
import { DashboardController } from './dashboard.controller';
import { DashboardService } from './dashboard.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';
import { ProgressController } from './progress.controller';
import { ProgressService } from './progress.service';

/** Milestones with their indicators, progress reports and the milestone dashboard. */
@Module({
  controllers: [MilestonesController, ProgressController, DashboardController],
  providers: [MilestonesService, ProgressService, DashboardService],
  exports: [MilestonesService, ProgressService],
})
export class MilestonesModule {}
