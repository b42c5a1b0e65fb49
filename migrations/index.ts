import type { MigrationInterface } from 'typeorm';
import { Initial1795833489599 } from './1795833489599-Initial';
import { IntegrityGuards1795833489600 } from './1795833489600-IntegrityGuards';
import { BenchIndexes1795900000000 } from './1795900000000-BenchIndexes';
import { AuditChainTime1795900000001 } from './1795900000001-AuditChainTime';
import { Sessions1796100000000 } from './1796100000000-Sessions';
import { SecurityLimits1796200000000 } from './1796200000000-SecurityLimits';
import { ClearanceRecords1796300000000 } from './1796300000000-ClearanceRecords';
import { Attachments1796400000000 } from './1796400000000-Attachments';
import { Search1796400000001 } from './1796400000001-Search';
import { Consent1796500000000 } from './1796500000000-Consent';
import { Translations1796500000001 } from './1796500000001-Translations';
import { DeadlineRules1796500000002 } from './1796500000002-DeadlineRules';
import { Notifications1796600000000 } from './1796600000000-Notifications';
import { Imports1796700000000 } from './1796700000000-Imports';
import { SearchTranslations1796800000000 } from './1796800000000-SearchTranslations';
import { ImportFiles1796910000000 } from './1796910000000-ImportFiles';
import { SearchRefreshAtCommit1796950000000 } from './1796950000000-SearchRefreshAtCommit';
import { SearchRefreshSetBased1797010000000 } from './1797010000000-SearchRefreshSetBased';
import { ImportExpiry1797010000001 } from './1797010000001-ImportExpiry';
import { SearchSlices1797030000000 } from './1797030000000-SearchSlices';
import { SearchStatusInPlace1797040000000 } from './1797040000000-SearchStatusInPlace';
import { MilestoneRollups1797050000000 } from './1797050000000-MilestoneRollups';

/** In order of application. A new migration is added here as well as in this folder. */
export const MIGRATIONS: (new () => MigrationInterface)[] = [
  Initial1795833489599,
  IntegrityGuards1795833489600,
  BenchIndexes1795900000000,
  AuditChainTime1795900000001,
  Sessions1796100000000,
  SecurityLimits1796200000000,
  ClearanceRecords1796300000000,
  Attachments1796400000000,
  Search1796400000001,
  Consent1796500000000,
  Translations1796500000001,
  DeadlineRules1796500000002,
  Notifications1796600000000,
  Imports1796700000000,
  SearchTranslations1796800000000,
  ImportFiles1796910000000,
  SearchRefreshAtCommit1796950000000,
  SearchRefreshSetBased1797010000000,
  ImportExpiry1797010000001,
  SearchSlices1797030000000,
  SearchStatusInPlace1797040000000,
  MilestoneRollups1797050000000,
];
