import type { MigrationInterface } from 'typeorm';
import { Initial1795833489599 } from './1795833489599-Initial';
import { IntegrityGuards1795833489600 } from './1795833489600-IntegrityGuards';
import { BenchIndexes1795900000000 } from './1795900000000-BenchIndexes';
import { AuditChainTime1795900000001 } from './1795900000001-AuditChainTime';
import { Attachments1796400000000 } from './1796400000000-Attachments';
import { Search1796400000001 } from './1796400000001-Search';

/** In order of application. A new migration is added here as well as in this folder. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795833489599,
  IntegrityGuards1795833489600,
  BenchIndexes1795900000000,
  AuditChainTime1795900000001,
  Attachments1796400000000,
  Search1796400000001,
];
