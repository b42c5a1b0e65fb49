import { Module } from '@nestjs/common';

/** Filled in by its feature work: controllers and services of the summits register. */
@Module({})
export class SummitsModule {}
