import { Module } from '@nestjs/common';

/** Filled in by its feature work: controllers and services of the milestones register. */
@Module({})
export class MilestonesModule {}
