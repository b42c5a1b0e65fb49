import { Module } from '@nestjs/common';

/** Filled in by its feature work: controllers and services of the documents register. */
@Module({})
export class DocumentsModule {}
