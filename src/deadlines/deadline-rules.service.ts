import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { Permission } from '../auth/permissions';
import { AuditService } from '../audit/audit.service';
import { Page, SqlParams } from '../common/paging';
import { type EntityRow, fieldsOf, Register, Row } from '../registers/register';
import { inTransaction } from '../database/transaction';
import { refuseNulls } from '../common/validation';
import { recordMilestoneEvent } from '../notifications/outbox';
import { TransitionRequest } from '../common/workflow';
import { MilestonesService } from '../milestones/milestones.service';
import { deadlineRuleWorkflow } from './deadline-rule.workflow';
import { CreateDeadlineRuleDto, DeadlineRuleListQuery, UpdateDeadlineRuleDto } from './dto/deadline-rule.dto';
import { DeadlineRuleEntity } from './deadline-rule.entity';

const REQUIRED = ['title', 'trigger', 'offsetDays', 'source'] as const;

/** Which date a trigger counts from, and the document status that fires it. */
const TRIGGERS: Record<string, { status: string; from: 'signedOn' | 'entryIntoForceOn' | 'expiresOn' }> = {
  signed: { status: 'signed', from: 'signedOn' },
  in_force: { status: 'in_force', from: 'entryIntoForceOn' },
  expires: { status: 'in_force', from: 'expiresOn' },
};

/** A deadline rule as the register reads it. */
export type DeadlineRuleRow = EntityRow<DeadlineRuleEntity>;

/**
 * Statutory deadlines (§11). Rules are a register like the others (workflow, If-Match, audit);
 * `rulesFor` and `createFromRules` run inside a document's transition, so the milestones it
 * creates commit or roll back with it. A rule creates at most one milestone per document, and a
 * rule changed later does not move the milestones it already made.
 */
@Injectable()
export class DeadlineRulesService {
  readonly register: Register<DeadlineRuleRow>;

  constructor(
    private readonly db: DataSource,
    audit: AuditService,
    private readonly milestones: MilestonesService,
  ) {
    this.register = new Register<DeadlineRuleRow>(
      {
        entityType: 'deadline_rule',
        label: 'Deadline rule',
        table: 'deadline_rules',
        alias: 'r',
        workflow: deadlineRuleWorkflow,
        writePermission: Permission.WriteRegisters,
        ...fieldsOf(DeadlineRuleEntity, [
          'title',
          'country',
          'documentTypes',
          'legallyBinding',
          'trigger',
          'offsetDays',
          'source',
        ]),
        sortable: {
          createdAt: { expr: 'r.created_at', type: 'timestamptz' },
          title: { expr: 'r.title', type: 'text' },
        },
        defaultSort: 'title',
      },
      db,
      audit,
    );
  }

  async get(actor: Actor, id: string): Promise<DeadlineRuleRow> {
    return this.register.present(await this.register.findVisible(actor, id), actor);
  }

  list(actor: Actor, query: DeadlineRuleListQuery): Promise<Page<DeadlineRuleRow>> {
    const params = new SqlParams();
    const where: string[] = [];
    if (query.status?.length) where.push(`r.status = ANY(${params.p(query.status)})`);
    if (query.trigger?.length) where.push(`r.trigger = ANY(${params.p(query.trigger)})`);
    return this.register.list(actor, { where, params, page: query });
  }

  create(actor: Actor, dto: CreateDeadlineRuleDto): Promise<DeadlineRuleRow> {
    return inTransaction(this.db, async (manager) =>
      this.register.present(await this.register.insert(manager, actor, { ...dto }), actor),
    );
  }

  update(actor: Actor, id: string, dto: UpdateDeadlineRuleDto, ifMatch?: number): Promise<DeadlineRuleRow> {
    refuseNulls(dto, REQUIRED);
    return inTransaction(this.db, async (manager) =>
      this.register.present(await this.register.update(manager, actor, id, { ...dto }, ifMatch), actor),
    );
  }

  transition(
    actor: Actor,
    id: string,
    request: TransitionRequest,
    ifMatch?: number,
  ): Promise<DeadlineRuleRow> {
    return inTransaction(this.db, async (manager) =>
      this.register.present(await this.register.transition(manager, actor, id, request, ifMatch), actor),
    );
  }

  remove(actor: Actor, id: string, ifMatch?: number): Promise<void> {
    return inTransaction(this.db, (manager) => this.register.remove(manager, actor, id, ifMatch));
  }

  /**
   * The deadlines a document's move to `doc.status` sets off: the active rules of its triggers
   * that made no milestone for it yet. A transition reads them before its audit append (a
   * statement fewer under the chain head's lock) and creates from them after it
   * (`createFromRules`), so that the milestones' create events follow the transition's.
   */
  async rulesFor(manager: EntityManager, doc: Row): Promise<Row[]> {
    const triggers = Object.entries(TRIGGERS)
      .filter(([, t]) => t.status === doc.status && doc[t.from])
      .map(([name]) => name);
    if (!triggers.length) return [];
    return manager.query(
      `SELECT r.id, r.title, r.country, r.trigger, r.offset_days AS "offsetDays" FROM deadline_rules r
        WHERE r.status = 'active' AND r.trigger = ANY($1)
          AND (r.country IS NULL OR r.country = ANY($2::text[]))
          AND (r.document_types IS NULL OR cardinality(r.document_types) = 0 OR $3 = ANY(r.document_types))
          AND (r.legally_binding IS NULL OR r.legally_binding = $4)
          AND NOT EXISTS (SELECT 1 FROM milestones m WHERE m.document_id = $5 AND m.origin_rule_id = r.id)
        ORDER BY r.title, r.id`,
      [triggers, doc.countries, doc.type, doc.legallyBinding, doc.id],
    );
  }

  /**
   * One milestone per rule of `rulesFor`, due `offsetDays` from the trigger's date, owned by the
   * document's signatory institutions of the rule's country, each with its create event and
   * notification event.
   */
  async createFromRules(manager: EntityManager, actor: Actor, doc: Row, rules: Row[]): Promise<Row[]> {
    const created: Row[] = [];
    for (const rule of rules) {
      const [{ dueOn }] = await manager.query(`SELECT ($1::date + $2::int)::text AS "dueOn"`, [
        doc[TRIGGERS[rule.trigger].from],
        rule.offsetDays,
      ]);
      const owners: { id: string }[] = rule.country
        ? await manager.query(
            `SELECT DISTINCT g.institution_id AS id FROM signatories g JOIN institutions i ON i.id = g.institution_id
              WHERE g.document_id = $1 AND i.country = $2 ORDER BY 1`,
            [doc.id, rule.country],
          )
        : [];
      const row = await this.milestones.register.insert(
        manager,
        actor,
        { title: rule.title, documentId: doc.id, dueOn, originRuleId: rule.id },
        async (inserted) => {
          if (owners.length) {
            await manager.query(
              'INSERT INTO milestone_owners (milestone_id, institution_id) SELECT $1, unnest($2::uuid[])',
              [inserted.id, owners.map((o) => o.id)],
            );
          }
          return this.milestones.reread(manager, inserted.id);
        },
      );
      await recordMilestoneEvent(
        manager,
        'deadline.created',
        row.id,
        { ruleId: rule.id, ruleTitle: rule.title, dueOn, documentId: doc.id },
        actor.id,
      );
      created.push(row);
    }
    return created;
  }
}
