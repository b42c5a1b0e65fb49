import { RefreshTokenEntity, SessionEntity } from '../auth/session.entity';
import {
  AttachmentChunkEntity,
  AttachmentEntity,
  AttachmentVersionEntity,
} from '../attachments/attachment.entity';
import { AuditChainHeadEntity } from '../audit/audit-chain-head.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { LoginAttemptEntity } from '../auth/login-attempt.entity';
import { StatusChangeEntity } from '../audit/status-change.entity';
import { IdempotencyKeyEntity } from '../common/idempotency-key.entity';
import { DeadlineRuleEntity } from '../deadlines/deadline-rule.entity';
import { DocumentEntity } from '../documents/document.entity';
import { DocumentPartyEntity } from '../documents/party.entity';
import { SignatoryEntity } from '../documents/signatory.entity';
import { ImportEntity } from '../imports/import.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { MilestoneOwnerEntity } from '../milestones/milestone-owner.entity';
import { MilestoneEntity } from '../milestones/milestone.entity';
import { ProgressReportEntity } from '../milestones/progress-report.entity';
import { SummitEntity } from '../summits/summit.entity';
import { UserEntity } from '../users/user.entity';

/** Listed explicitly (no globs) so that the CLI, the app and the tests share one definition. */
export const ENTITIES = [
  UserEntity,
  InstitutionEntity,
  SummitEntity,
  DocumentEntity,
  SignatoryEntity,
  DocumentPartyEntity,
  MilestoneEntity,
  DeadlineRuleEntity,
  MilestoneOwnerEntity,
  ProgressReportEntity,
  StatusChangeEntity,
  AuditEventEntity,
  AuditChainHeadEntity,
  IdempotencyKeyEntity,
  LoginAttemptEntity,
  SessionEntity,
  RefreshTokenEntity,
  AttachmentEntity,
  AttachmentVersionEntity,
  AttachmentChunkEntity,
  ImportEntity,
];
