import { Module } from '@nestjs/common';
import { MilestonesModule } from '../milestones/milestones.module';
import { DeadlineRulesController } from './deadline-rules.controller';
import { DeadlineRulesService } from './deadline-rules.service';

/** Statutory deadlines: rules, and the milestones they create when documents reach a trigger. */
@Module({
  imports: [MilestonesModule],
  controllers: [DeadlineRulesController],
  providers: [DeadlineRulesService],
  exports: [DeadlineRulesService],
})
export class DeadlinesModule {}
