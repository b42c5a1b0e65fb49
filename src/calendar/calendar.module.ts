import { Module } from '@nestjs/common';

/** Filled in by its feature work: controllers and services of the calendar register. */
@Module({})
export class CalendarModule {}
