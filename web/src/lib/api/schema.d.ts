// Generated from Pacta's OpenAPI document by `npm run openapi:types`. Do not edit.
export interface paths {
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/audit-events/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuditController_verify'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/feed-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_feedToken'];
    delete: operations['AuthController_revokeFeedToken'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post: operations['AuthController_login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['AuthController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/calendar.ics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['CalendarController_feed'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/dashboard/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DashboardController_milestones'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_list'];
    put?: never;
    post: operations['DocumentsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_get'];
    put?: never;
    post?: never;
    delete: operations['DocumentsController_remove'];
    options?: never;
    head?: never;
    patch: operations['DocumentsController_update'];
    trace?: never;
  };
  '/api/v1/documents/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/signatories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SignatoriesController_list'];
    put?: never;
    post: operations['SignatoriesController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/signatories/{signatoryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete: operations['SignatoriesController_remove'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['DocumentsController_transitions'];
    put?: never;
    post: operations['DocumentsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InstitutionsController_list'];
    put?: never;
    post: operations['InstitutionsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InstitutionsController_get'];
    put?: never;
    post?: never;
    delete: operations['InstitutionsController_remove'];
    options?: never;
    head?: never;
    patch: operations['InstitutionsController_update'];
    trace?: never;
  };
  '/api/v1/institutions/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InstitutionsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/institutions/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['InstitutionsController_transitions'];
    put?: never;
    post: operations['InstitutionsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/milestones': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_list'];
    put?: never;
    post: operations['MilestonesController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/milestones/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_get'];
    put?: never;
    post?: never;
    delete: operations['MilestonesController_remove'];
    options?: never;
    head?: never;
    patch: operations['MilestonesController_update'];
    trace?: never;
  };
  '/api/v1/milestones/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/milestones/{id}/progress': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['ProgressController_list'];
    put?: never;
    post: operations['ProgressController_report'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/milestones/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['MilestonesController_transitions'];
    put?: never;
    post: operations['MilestonesController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summits': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SummitsController_list'];
    put?: never;
    post: operations['SummitsController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summits/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SummitsController_get'];
    put?: never;
    post?: never;
    delete: operations['SummitsController_remove'];
    options?: never;
    head?: never;
    patch: operations['SummitsController_update'];
    trace?: never;
  };
  '/api/v1/summits/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SummitsController_history'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/summits/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['SummitsController_transitions'];
    put?: never;
    post: operations['SummitsController_transition'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_list'];
    put?: never;
    post: operations['UsersController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['UsersController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch: operations['UsersController_update'];
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AuditActorView: {
      email: string | null;
      /** Format: uuid */
      id: string | null;
    };
    AuditEventResponse: {
      /** @example transition */
      action: string;
      actor: components['schemas']['AuditActorView'];
      /**
       * @description Each changed field → [before, after].
       * @example {
       *       "status": [
       *         "draft",
       *         "signed"
       *       ]
       *     }
       */
      changes: {
        [key: string]: unknown[];
      };
      /** Format: uuid */
      entityId: string | null;
      /** @example document */
      entityType: string;
      /** @description sha256(prevHash | seq | canonical content), hex */
      hash: string;
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      prevHash: string;
      reason: string | null;
      requestId: string | null;
    };
    CreateDocumentDto: {
      /**
       * @description Not above your own clearance (422).
       * @default public
       * @enum {string}
       */
      classification: 'public' | 'restricted' | 'confidential';
      /**
       * @description The parties, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries: string[];
      /** Format: date */
      entryIntoForceOn?: Record<string, never> | null;
      /** Format: date */
      expiresOn?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: Record<string, never> | null;
      /** @example Astana */
      placeOfSigning?: Record<string, never> | null;
      /** @description Unique when present (409 when taken). */
      referenceNumber?: Record<string, never> | null;
      /**
       * @description How it relates to parentId; given together with it.
       * @enum {string|null}
       */
      relation?: 'amends' | 'supplements' | 'implements' | 'supersedes' | null;
      /**
       * @description Free tags, unique.
       * @example [
       *       "energy",
       *       "transport"
       *     ]
       */
      sectors?: string[];
      /** Format: date */
      signedOn?: Record<string, never> | null;
      summary?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: Record<string, never> | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /** @enum {string} */
      type:
        | 'memorandum_of_understanding'
        | 'declaration'
        | 'agreement'
        | 'treaty'
        | 'protocol'
        | 'roadmap'
        | 'action_plan'
        | 'joint_statement'
        | 'program'
        | 'other';
    };
    CreateInstitutionDto: {
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example AZ
       */
      country: string;
      /** @enum {string} */
      kind:
        | 'head_of_state'
        | 'government'
        | 'ministry'
        | 'agency'
        | 'state_company'
        | 'company'
        | 'parliament'
        | 'international_organization'
        | 'other';
      /** @example Ministry of Foreign Affairs of the Republic of Azerbaijan */
      name: string;
      /** Format: uuid */
      parentId?: Record<string, never> | null;
      /** @example MFA AZ */
      shortName?: Record<string, never> | null;
      /** @example https://mfa.gov.az */
      website?: Record<string, never> | null;
    };
    CreateMilestoneDto: {
      description?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The document it implements. documentId, summitId or both must be set (400 otherwise).
       */
      documentId?: Record<string, never> | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn: string;
      /** @description Measures progress; null removes it. */
      indicator?: components['schemas']['IndicatorDto'] | null;
      /** @description Responsible institutions (each must exist: 422 otherwise). May be empty. */
      ownerInstitutionIds: string[];
      /** @example trade */
      sector?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The summit where it was agreed.
       */
      summitId?: Record<string, never> | null;
      /** @example Double bilateral trade turnover to $1 billion */
      title: string;
    };
    CreateProgressDto: {
      /**
       * Format: date
       * @description The date the report describes.
       * @example 2023-06-30
       */
      asOf: string;
      /** @example First shipment of 1.5 million tonnes through BTC. */
      note: string;
      /**
       * @description The indicator’s value at asOf: a JSON number or a decimal string, returned as a decimal string. Only for a milestone with an indicator (422 otherwise).
       * @example 1500000
       */
      value?: string;
    };
    CreateSignatoryDto: {
      /**
       * Format: uuid
       * @description The signing institution (422 if none).
       */
      institutionId: string;
      /** @description Required once the document is signed or later (422 without). */
      reason?: string;
      /** Format: date */
      signedOn?: Record<string, never> | null;
      /** @example Ilham Aliyev */
      signerName: string;
      /** @example President of the Republic of Azerbaijan */
      signerTitle: string;
    };
    CreateSummitDto: {
      /**
       * @description Participating countries, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries: string[];
      /**
       * Format: date
       * @description On or after startsOn.
       * @example 2023-04-21
       */
      endsOn: string;
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example KZ
       */
      hostCountry: string;
      /** @enum {string} */
      kind:
        | 'state_visit'
        | 'official_visit'
        | 'working_visit'
        | 'summit'
        | 'intergovernmental_commission'
        | 'ministerial_meeting'
        | 'business_forum'
        | 'other';
      /** @example Astana */
      location: string;
      participants?: components['schemas']['ParticipantDto'][];
      /**
       * Format: date
       * @example 2023-04-20
       */
      startsOn: string;
      summary?: Record<string, never> | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title: string;
    };
    CreateUserDto: {
      /**
       * @default public
       * @enum {string}
       */
      clearance: 'public' | 'restricted' | 'confidential';
      /** @default false */
      disabled: boolean;
      displayName: string;
      /** @example analyst@mfa.example */
      email: string;
      password: string;
      roles: ('admin' | 'editor' | 'manager' | 'auditor' | 'viewer')[];
    };
    DashboardCounts: {
      /**
       * @description Every status, zero included.
       * @example {
       *       "planned": 3,
       *       "in_progress": 5,
       *       "at_risk": 1,
       *       "blocked": 0,
       *       "completed": 2,
       *       "cancelled": 0
       *     }
       */
      byStatus: {
        [key: string]: number;
      };
      dueSoon: number;
      overdue: number;
      total: number;
    };
    DashboardGroup: {
      /** @description Mean progressPercent of those with one, 2 decimals. */
      averageProgress: number | null;
      byStatus: {
        [key: string]: number;
      };
      count: number;
      /** @description The group’s id (document, summit, institution) or sector; null: milestones without one. */
      key: string | null;
      /** @description Document or summit title, institution name, or the sector. */
      label: string | null;
      overdue: number;
    };
    DashboardList: {
      items: components['schemas']['DashboardMilestone'][];
      /** @description How many match (the items are the first 100 by due date). */
      total: number;
    };
    DashboardMilestone: {
      /** Format: uuid */
      documentId: string | null;
      /** Format: date */
      dueOn: string;
      /** Format: uuid */
      id: string;
      overdue: boolean;
      progressPercent: number | null;
      sector: string | null;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'at_risk' | 'blocked' | 'completed' | 'cancelled';
      /** Format: uuid */
      summitId: string | null;
      title: string;
    };
    DashboardResponse: {
      /** @description Largest groups first (at most 100 per view). */
      byDocument: components['schemas']['DashboardGroup'][];
      byOwner: components['schemas']['DashboardGroup'][];
      bySector: components['schemas']['DashboardGroup'][];
      bySummit: components['schemas']['DashboardGroup'][];
      counts: components['schemas']['DashboardCounts'];
      days: number;
      /** @description Due from today to today + days, not completed or cancelled. */
      dueSoon: components['schemas']['DashboardList'];
      /** @description Past due and not completed or cancelled, oldest first. */
      overdue: components['schemas']['DashboardList'];
      /** Format: date */
      today: string;
    };
    DocumentDetailResponse: {
      allowedTransitions: (
        | 'draft'
        | 'negotiation'
        | 'signed'
        | 'pending_ratification'
        | 'in_force'
        | 'suspended'
        | 'terminated'
        | 'expired'
        | 'superseded'
        | 'abandoned'
      )[];
      /**
       * @description Not above your own clearance (422).
       * @default public
       * @enum {string}
       */
      classification: 'public' | 'restricted' | 'confidential';
      /**
       * @description The parties, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: date */
      entryIntoForceOn?: Record<string, never> | null;
      /** Format: date */
      expiresOn?: Record<string, never> | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: Record<string, never> | null;
      /** @example Astana */
      placeOfSigning?: Record<string, never> | null;
      /** @description Unique when present (409 when taken). */
      referenceNumber?: Record<string, never> | null;
      /**
       * @description How it relates to parentId; given together with it.
       * @enum {string|null}
       */
      relation?: 'amends' | 'supplements' | 'implements' | 'supersedes' | null;
      /**
       * @description Free tags, unique.
       * @example [
       *       "energy",
       *       "transport"
       *     ]
       */
      sectors?: string[];
      signatories: components['schemas']['SignatoryResponse'][];
      /** @description How many signatories it has. */
      signatoryCount: number;
      /** Format: date */
      signedOn?: Record<string, never> | null;
      /** @enum {string} */
      status:
        | 'draft'
        | 'negotiation'
        | 'signed'
        | 'pending_ratification'
        | 'in_force'
        | 'suspended'
        | 'terminated'
        | 'expired'
        | 'superseded'
        | 'abandoned';
      summary?: Record<string, never> | null;
      summit: components['schemas']['SummitRef'] | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: Record<string, never> | null;
      /** @description Title of the summit, if any. */
      summitTitle: string | null;
      /**
       * Format: uuid
       * @description Set by the transition to superseded.
       */
      supersededById?: Record<string, never> | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /** @enum {string} */
      type:
        | 'memorandum_of_understanding'
        | 'declaration'
        | 'agreement'
        | 'treaty'
        | 'protocol'
        | 'roadmap'
        | 'action_plan'
        | 'joint_statement'
        | 'program'
        | 'other';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    DocumentPage: {
      items: components['schemas']['DocumentResponse'][];
      nextCursor: string | null;
    };
    DocumentResponse: {
      allowedTransitions: (
        | 'draft'
        | 'negotiation'
        | 'signed'
        | 'pending_ratification'
        | 'in_force'
        | 'suspended'
        | 'terminated'
        | 'expired'
        | 'superseded'
        | 'abandoned'
      )[];
      /**
       * @description Not above your own clearance (422).
       * @default public
       * @enum {string}
       */
      classification: 'public' | 'restricted' | 'confidential';
      /**
       * @description The parties, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: date */
      entryIntoForceOn?: Record<string, never> | null;
      /** Format: date */
      expiresOn?: Record<string, never> | null;
      /** Format: uuid */
      id: string;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: Record<string, never> | null;
      /** @example Astana */
      placeOfSigning?: Record<string, never> | null;
      /** @description Unique when present (409 when taken). */
      referenceNumber?: Record<string, never> | null;
      /**
       * @description How it relates to parentId; given together with it.
       * @enum {string|null}
       */
      relation?: 'amends' | 'supplements' | 'implements' | 'supersedes' | null;
      /**
       * @description Free tags, unique.
       * @example [
       *       "energy",
       *       "transport"
       *     ]
       */
      sectors?: string[];
      /** @description How many signatories it has. */
      signatoryCount: number;
      /** Format: date */
      signedOn?: Record<string, never> | null;
      /** @enum {string} */
      status:
        | 'draft'
        | 'negotiation'
        | 'signed'
        | 'pending_ratification'
        | 'in_force'
        | 'suspended'
        | 'terminated'
        | 'expired'
        | 'superseded'
        | 'abandoned';
      summary?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: Record<string, never> | null;
      /** @description Title of the summit, if any. */
      summitTitle: string | null;
      /**
       * Format: uuid
       * @description Set by the transition to superseded.
       */
      supersededById?: Record<string, never> | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /** @enum {string} */
      type:
        | 'memorandum_of_understanding'
        | 'declaration'
        | 'agreement'
        | 'treaty'
        | 'protocol'
        | 'roadmap'
        | 'action_plan'
        | 'joint_statement'
        | 'program'
        | 'other';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    FeedTokenResponse: {
      /** @description Shown once. Use as /api/v1/calendar.ics?token=… */
      feedToken: string;
      url: string;
    };
    FieldErrorResponse: {
      /** @example countries[0] */
      field: string;
      /** @example must be an ISO 3166-1 alpha-2 country code in upper case */
      message: string;
    };
    HistoryPage: {
      items: components['schemas']['AuditEventResponse'][];
      nextCursor: string | null;
    };
    IndicatorDto: {
      /**
       * @description An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost.
       * @example 500000000
       */
      baseline: string;
      /**
       * Format: date
       * @example 2022-01-01
       */
      baselineOn: string;
      /** @example Bilateral trade turnover */
      name: string;
      /**
       * @description An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost. Must differ from baseline; may be below it (a falling target).
       * @example 1000000000
       */
      target: string;
      /** @example USD */
      unit: string;
    };
    IndicatorResponse: {
      /** @description An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost. */
      baseline: string;
      /** Format: date */
      baselineOn: string;
      name: string;
      /** @description An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost. */
      target: string;
      unit: string;
    };
    InstitutionPage: {
      items: components['schemas']['InstitutionResponse'][];
      nextCursor: string | null;
    };
    InstitutionResponse: {
      allowedTransitions: ('active' | 'defunct')[];
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example AZ
       */
      country: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'head_of_state'
        | 'government'
        | 'ministry'
        | 'agency'
        | 'state_company'
        | 'company'
        | 'parliament'
        | 'international_organization'
        | 'other';
      /** @example Ministry of Foreign Affairs of the Republic of Azerbaijan */
      name: string;
      /** Format: uuid */
      parentId?: Record<string, never> | null;
      /** @example MFA AZ */
      shortName?: Record<string, never> | null;
      /** @enum {string} */
      status: 'active' | 'defunct';
      /** Format: uuid */
      successorId?: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
      /** @example https://mfa.gov.az */
      website?: Record<string, never> | null;
    };
    LoginDto: {
      /** @example admin@pacta.local */
      email: string;
      password: string;
    };
    MilestonePage: {
      items: components['schemas']['MilestoneResponse'][];
      nextCursor: string | null;
    };
    MilestoneResponse: {
      allowedTransitions: ('planned' | 'in_progress' | 'at_risk' | 'blocked' | 'completed' | 'cancelled')[];
      /**
       * @description Read-only: the linked document’s classification.
       * @enum {string}
       */
      classification: 'public' | 'restricted' | 'confidential';
      /**
       * Format: date
       * @description Read-only: set on completion.
       */
      completedOn: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      description: string | null;
      /** Format: uuid */
      documentId: string | null;
      /** Format: date */
      dueOn: string;
      /** Format: uuid */
      id: string;
      indicator: components['schemas']['IndicatorResponse'] | null;
      /**
       * Format: date
       * @description Read-only: asOf of that report.
       */
      latestAsOf: string | null;
      /** @description Read-only: the value of the progress report with the latest asOf (same day: the last reported). An exact decimal. Accepted as a JSON number or a decimal string; always returned as a decimal string (e.g. "1000000000.5") so that no precision is lost. */
      latestValue: string | null;
      /** @description Read-only: dueOn is before today and the status is not completed or cancelled. */
      overdue: boolean;
      ownerInstitutionIds: string[];
      /** @description Read-only: (latestValue − baseline) / (target − baseline) × 100, clamped to 0–100, rounded to 2 decimals; null without an indicator or a reported value. */
      progressPercent: number | null;
      sector: string | null;
      /** @enum {string} */
      status: 'planned' | 'in_progress' | 'at_risk' | 'blocked' | 'completed' | 'cancelled';
      /** Format: uuid */
      summitId: string | null;
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    ParticipantDto: {
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example AZ
       */
      country: string;
      /** @example Ilham Aliyev */
      name: string;
      /** @example President of the Republic of Azerbaijan */
      title: string;
    };
    ProblemResponse: {
      /** @description On 409 for a refused transition: the statuses reachable now. */
      allowed?: string[];
      /** @example countries[0]: must be an ISO 3166-1 alpha-2 country code in upper case */
      detail: string;
      errors?: components['schemas']['FieldErrorResponse'][];
      /** @example /api/v1/documents */
      instance: string;
      /** @example 8f14e45f-ceea-467f-a0e4-5b5e3c1f0c1d */
      requestId?: string;
      /** @example 400 */
      status: number;
      /** @example Bad Request */
      title: string;
      /** @example urn:pacta:problem:invalid-request */
      type: string;
    };
    ProgressPage: {
      items: components['schemas']['ProgressResponse'][];
      nextCursor: string | null;
    };
    ProgressResponse: {
      /** Format: date */
      asOf: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      id: string;
      /** Format: uuid */
      milestoneId: string;
      note: string;
      /** @description An exact decimal, as a string. */
      value: string | null;
    };
    SignatoryPage: {
      items: components['schemas']['SignatoryResponse'][];
      nextCursor: string | null;
    };
    SignatoryResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      documentId: string;
      /** Format: uuid */
      id: string;
      /** @example AZ */
      institutionCountry: string;
      /** Format: uuid */
      institutionId: string;
      /** @description Name of the institution. */
      institutionName: string;
      /** Format: date */
      signedOn: string | null;
      signerName: string;
      signerTitle: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    SummitPage: {
      items: components['schemas']['SummitResponse'][];
      nextCursor: string | null;
    };
    SummitRef: {
      /** Format: uuid */
      id: string;
      title: string;
    };
    SummitResponse: {
      allowedTransitions: ('planned' | 'confirmed' | 'postponed' | 'held' | 'cancelled')[];
      /**
       * @description Participating countries, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries: string[];
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /**
       * Format: date
       * @description On or after startsOn.
       * @example 2023-04-21
       */
      endsOn: string;
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example KZ
       */
      hostCountry: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'state_visit'
        | 'official_visit'
        | 'working_visit'
        | 'summit'
        | 'intergovernmental_commission'
        | 'ministerial_meeting'
        | 'business_forum'
        | 'other';
      /** @example Astana */
      location: string;
      participants?: components['schemas']['ParticipantDto'][];
      /**
       * Format: date
       * @example 2023-04-20
       */
      startsOn: string;
      /** @enum {string} */
      status: 'planned' | 'confirmed' | 'postponed' | 'held' | 'cancelled';
      summary?: Record<string, never> | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    TokenResponse: {
      accessToken: string;
      /** @description Seconds until the token expires. */
      expiresIn: number;
      /** @enum {string} */
      tokenType: 'Bearer';
    };
    TransitionDto: {
      /**
       * Format: date
       * @description When the change took effect (default today).
       */
      effectiveOn?: string;
      /** @description Required for some moves (422 without). */
      reason?: string;
      /**
       * Format: uuid
       * @description Institutions moving to defunct: the successor, if any.
       */
      successorId?: string;
      /**
       * Format: uuid
       * @description Documents moving to superseded: the superseding document.
       */
      supersededById?: string;
      /** @description The target status; see the entity’s status enum. */
      to: string;
    };
    TransitionHistoryItem: {
      /** @description { id, email } of who moved it */
      actor: Record<string, never>;
      /** Format: date-time */
      at: string;
      /** Format: date */
      effectiveOn: string | null;
      from: string;
      reason: string | null;
      to: string;
    };
    UpdateDocumentDto: {
      /**
       * @description Not above your own clearance (422).
       * @default public
       * @enum {string}
       */
      classification: 'public' | 'restricted' | 'confidential';
      /**
       * @description The parties, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries?: string[];
      /** Format: date */
      entryIntoForceOn?: Record<string, never> | null;
      /** Format: date */
      expiresOn?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: Record<string, never> | null;
      /** @example Astana */
      placeOfSigning?: Record<string, never> | null;
      /** @description Unique when present (409 when taken). */
      referenceNumber?: Record<string, never> | null;
      /**
       * @description How it relates to parentId; given together with it.
       * @enum {string|null}
       */
      relation?: 'amends' | 'supplements' | 'implements' | 'supersedes' | null;
      /**
       * @description Free tags, unique.
       * @example [
       *       "energy",
       *       "transport"
       *     ]
       */
      sectors?: string[];
      /** Format: date */
      signedOn?: Record<string, never> | null;
      summary?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: Record<string, never> | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title?: string;
      /** @enum {string} */
      type?:
        | 'memorandum_of_understanding'
        | 'declaration'
        | 'agreement'
        | 'treaty'
        | 'protocol'
        | 'roadmap'
        | 'action_plan'
        | 'joint_statement'
        | 'program'
        | 'other';
    };
    UpdateInstitutionDto: {
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example AZ
       */
      country?: string;
      /** @enum {string} */
      kind?:
        | 'head_of_state'
        | 'government'
        | 'ministry'
        | 'agency'
        | 'state_company'
        | 'company'
        | 'parliament'
        | 'international_organization'
        | 'other';
      /** @example Ministry of Foreign Affairs of the Republic of Azerbaijan */
      name?: string;
      /** Format: uuid */
      parentId?: Record<string, never> | null;
      /** @example MFA AZ */
      shortName?: Record<string, never> | null;
      /** @example https://mfa.gov.az */
      website?: Record<string, never> | null;
    };
    UpdateMilestoneDto: {
      description?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The document it implements. documentId, summitId or both must be set (400 otherwise).
       */
      documentId?: Record<string, never> | null;
      /**
       * Format: date
       * @example 2026-12-31
       */
      dueOn?: string;
      /** @description Measures progress; null removes it. */
      indicator?: components['schemas']['IndicatorDto'] | null;
      /** @description Responsible institutions (each must exist: 422 otherwise). May be empty. */
      ownerInstitutionIds?: string[];
      /** @example trade */
      sector?: Record<string, never> | null;
      /**
       * Format: uuid
       * @description The summit where it was agreed.
       */
      summitId?: Record<string, never> | null;
      /** @example Double bilateral trade turnover to $1 billion */
      title?: string;
    };
    UpdateSummitDto: {
      /**
       * @description Participating countries, unique ISO codes.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries?: string[];
      /**
       * Format: date
       * @description On or after startsOn.
       * @example 2023-04-21
       */
      endsOn?: string;
      /**
       * @description ISO 3166-1 alpha-2, upper case
       * @example KZ
       */
      hostCountry?: string;
      /** @enum {string} */
      kind?:
        | 'state_visit'
        | 'official_visit'
        | 'working_visit'
        | 'summit'
        | 'intergovernmental_commission'
        | 'ministerial_meeting'
        | 'business_forum'
        | 'other';
      /** @example Astana */
      location?: string;
      participants?: components['schemas']['ParticipantDto'][];
      /**
       * Format: date
       * @example 2023-04-20
       */
      startsOn?: string;
      summary?: Record<string, never> | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title?: string;
    };
    UpdateUserDto: {
      /**
       * @default public
       * @enum {string}
       */
      clearance: 'public' | 'restricted' | 'confidential';
      /** @default false */
      disabled: boolean;
      displayName?: string;
      password?: string;
      roles?: ('admin' | 'editor' | 'manager' | 'auditor' | 'viewer')[];
    };
    UserPage: {
      items: components['schemas']['UserResponse'][];
      nextCursor: string | null;
    };
    UserResponse: {
      /** @enum {string} */
      clearance: 'public' | 'restricted' | 'confidential';
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string | null;
      disabled: boolean;
      displayName: string;
      email: string;
      /** Format: uuid */
      id: string;
      roles: ('admin' | 'editor' | 'manager' | 'auditor' | 'viewer')[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
      version: number;
    };
    VerifyResponse: {
      /** @description Events checked before the first invalid one (or all). */
      checked: number;
      /** Format: uuid */
      firstInvalidId?: string;
      valid: boolean;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  AuditController_list: {
    parameters: {
      query?: {
        /** @description e.g. create,update,transition,delete,login.failure */
        action?: string[];
        actorId?: string;
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        entityId?: string;
        /** @description Comma-separated. */
        entityType?: ('institution' | 'summit' | 'document' | 'milestone' | 'user' | 'session')[];
        /** @description Events at or after this instant. */
        from?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Events before this instant. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuditController_export: {
    parameters: {
      query?: {
        /** @description e.g. create,update,transition,delete,login.failure */
        action?: string[];
        actorId?: string;
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        entityId?: string;
        /** @description Comma-separated. */
        entityType?: ('institution' | 'summit' | 'document' | 'milestone' | 'user' | 'session')[];
        format?: 'csv' | 'jsonl';
        /** @description Events at or after this instant. */
        from?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Events before this instant. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The filtered events, streamed, oldest first. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuditController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_feedToken: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A new calendar feed token; the old one stops working. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedTokenResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_revokeFeedToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The feed token no longer works. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_login: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Rate limited (see Retry-After). */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  AuthController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  CalendarController_feed: {
    parameters: {
      query?: {
        /** @description ISO codes, comma-separated: summits with one of these participants, milestones whose document or summit has one. */
        country?: string[];
        /** @description Events ending on or after this date. */
        from?: string;
        /** @description Sectors, comma-separated: milestones of these sectors, summits whose documents or milestones have one. */
        sector?: string[];
        /** @description Events starting on or before this date. */
        to?: string;
        /** @description A calendar feed token (POST /api/v1/auth/feed-token), for calendar apps that cannot send a bearer token. Revoked tokens get 401. */
        token?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description An RFC 5545 iCalendar feed: an all-day event per summit (startsOn to endsOn) and per milestone due date, only what you may see. Authenticate with the bearer token or ?token=<feed token>. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/calendar': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DashboardController_milestones: {
    parameters: {
      query?: {
        /** @description ISO codes, comma-separated (of the linked document or summit). */
        country?: string[];
        /** @description The “due soon” window, in days from today. */
        days?: number;
        ownerInstitutionId?: string;
        /** @description Sectors, comma-separated. */
        sector?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Counts by status, the overdue and due-soon milestones, and views by document, summit, sector and owner — only what your clearance shows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_list: {
    parameters: {
      query?: {
        /** @description Comma-separated. */
        classification?: ('public' | 'restricted' | 'confidential')[];
        /** @description ISO codes, comma-separated: documents with any of them as a party. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) downloads every matching row. */
        format?: 'json' | 'csv';
        limit?: number;
        parentId?: string;
        /** @description Case-insensitive substring of the title or reference number. */
        q?: string;
        /** @description Comma-separated: documents tagged with any of them. */
        sector?: string[];
        /** @description Signed on or after this date. */
        signedAfter?: string;
        /** @description Signed on or before this date. */
        signedBefore?: string;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Comma-separated. */
        status?: (
          | 'draft'
          | 'negotiation'
          | 'signed'
          | 'pending_ratification'
          | 'in_force'
          | 'suspended'
          | 'terminated'
          | 'expired'
          | 'superseded'
          | 'abandoned'
        )[];
        summitId?: string;
        /** @description Comma-separated. */
        type?: (
          | 'memorandum_of_understanding'
          | 'declaration'
          | 'agreement'
          | 'treaty'
          | 'protocol'
          | 'roadmap'
          | 'action_plan'
          | 'joint_statement'
          | 'program'
          | 'other'
        )[];
      };
      header: {
        accept: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON page, or with ?format=csv / Accept: text/csv every matching row as CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentPage'];
          'text/csv': components['schemas']['DocumentPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateDocumentDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_get: {
    parameters: {
      query?: {
        /** @description Return the entity as it stood at this instant. */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description With asOf: the document as it stood then (no signatories or summit). */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; the audit log keeps what it was. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDocumentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_history: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SignatoriesController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SignatoriesController_add: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSignatoryDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatoryResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SignatoriesController_remove: {
    parameters: {
      query?: {
        /** @description Required once the document is signed or later (422 without). */
        reason?: string;
      };
      header?: never;
      path: {
        id: string;
        signatoryId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed; the audit log keeps it. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  DocumentsController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_list: {
    parameters: {
      query?: {
        /** @description ISO codes, comma-separated. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description Comma-separated. */
        kind?: (
          | 'head_of_state'
          | 'government'
          | 'ministry'
          | 'agency'
          | 'state_company'
          | 'company'
          | 'parliament'
          | 'international_organization'
          | 'other'
        )[];
        limit?: number;
        parentId?: string;
        /** @description Case-insensitive substring of name or short name. */
        q?: string;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Comma-separated. */
        status?: ('active' | 'defunct')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateInstitutionDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_get: {
    parameters: {
      query?: {
        /** @description Return the entity as it stood at this instant. */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; the audit log keeps what it was. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateInstitutionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_history: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  InstitutionsController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_list: {
    parameters: {
      query?: {
        /** @description ISO codes, comma-separated: a party of the linked document or a participant of the linked summit. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        documentId?: string;
        /** @description Due on or after this date (inclusive, like every date filter). */
        dueAfter?: string;
        /** @description Due on or before this date (inclusive, like every date filter). */
        dueBefore?: string;
        /** @description `csv` downloads every matching milestone as CSV (as does `Accept: text/csv`). */
        format?: 'json' | 'csv';
        limit?: number;
        /** @description `true`: only overdue ones; `false`: only those not overdue. */
        overdue?: boolean;
        /** @description Milestones this institution is responsible for. */
        ownerInstitutionId?: string;
        /** @description Case-insensitive substring of the title. */
        q?: string;
        /** @description Sectors, comma-separated. */
        sector?: string[];
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Comma-separated. */
        status?: ('planned' | 'in_progress' | 'at_risk' | 'blocked' | 'completed' | 'cancelled')[];
        summitId?: string;
      };
      header: {
        accept: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page; with ?format=csv or Accept: text/csv, every match as CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestonePage'];
          'text/csv': components['schemas']['MilestonePage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateMilestoneDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_get: {
    parameters: {
      query?: {
        /** @description Return the entity as it stood at this instant. */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; the audit log keeps what it was. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateMilestoneDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_history: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  ProgressController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Newest first: asOf descending, then the last reported. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  ProgressController_report: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateProgressDto'];
      };
    };
    responses: {
      /** @description The report; the milestone’s latestValue and version move on. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  MilestonesController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_list: {
    parameters: {
      query?: {
        /** @description ISO codes, comma-separated: summits hosted by or with the participation of any of them. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) downloads every matching row. */
        format?: 'json' | 'csv';
        /** @description Comma-separated. */
        kind?: (
          | 'state_visit'
          | 'official_visit'
          | 'working_visit'
          | 'summit'
          | 'intergovernmental_commission'
          | 'ministerial_meeting'
          | 'business_forum'
          | 'other'
        )[];
        limit?: number;
        /** @description Case-insensitive substring of the title. */
        q?: string;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Summits starting on or after this date. */
        startsAfter?: string;
        /** @description Summits starting on or before this date. */
        startsBefore?: string;
        /** @description Comma-separated. */
        status?: ('planned' | 'confirmed' | 'postponed' | 'held' | 'cancelled')[];
      };
      header: {
        accept: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON page, or with ?format=csv / Accept: text/csv every matching row as CSV. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitPage'];
          'text/csv': components['schemas']['SummitPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
          'text/csv': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateSummitDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_get: {
    parameters: {
      query?: {
        /** @description Return the entity as it stood at this instant. */
        asOf?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_remove: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; the audit log keeps what it was. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSummitDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_history: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_transitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  SummitsController_transition: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['TransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_list: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_create: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
      };
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
  UsersController_update: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'if-match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProblemResponse'];
        };
      };
    };
  };
}
