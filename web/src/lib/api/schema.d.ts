// Generated from Pacta's OpenAPI document by `npm run openapi:types`. Do not edit.
export interface paths {
  '/api/v1/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List audit events you may see, oldest first */
    get: operations['listAuditEvents'];
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
    /** Download audit events as JSON lines or CSV */
    get: operations['exportAuditEvents'];
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
    /**
     * Check the hash chain of the whole audit log
     * @description Every event is checked, whoever asks; the answer speaks only of the events your clearance lets you see: `checked` counts them, and `firstInvalidId` is given only when the first broken event is one of them (`valid` still covers the whole chain).
     */
    get: operations['verifyAuditEvents'];
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
    /** Issue a calendar feed token (replacing the old one) */
    post: operations['createFeedToken'];
    /** Revoke your calendar feed token */
    delete: operations['revokeFeedToken'];
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
    /** Sign in: an access token, and with `session: true` a browser session (refresh cookie). */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ends the browser session and deletes the refresh cookie.
     * @description Send the cookie and `X-Pacta-CSRF: 1`. Always 204 (also without a cookie or for an ended session); then drop the access token from memory (it stays valid until it expires, at most expiresIn seconds).
     */
    post: operations['logout'];
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
    /** The user the token belongs to */
    get: operations['getCurrentUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/auth/refresh': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * A new access token for the browser session; the refresh cookie is rotated.
     * @description Send the cookie (`credentials: "same-origin"`), `X-Pacta-CSRF: 1` and no body. The answer has the same shape as login and replaces the cookie with a new token: the old one is spent, and presenting a spent token again ends the whole session (401 for both parties). Make one refresh at a time per browser (e.g. `navigator.locks`), since parallel refreshes with the same cookie look like reuse. The session lasts PACTA_SESSION_MAX_SECONDS from sign-in (default 12 h) and ends after PACTA_SESSION_IDLE_SECONDS without a refresh (default 1 h); disabling the user or changing their roles, clearance or password ends it. A 401 also deletes the cookie.
     */
    post: operations['refreshSession'];
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
    /** An iCalendar feed of summits and milestone due dates */
    get: operations['getCalendarFeed'];
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
    /** Milestone counts, overdue and due-soon lists, and grouped views */
    get: operations['getMilestoneDashboard'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deadline-rules': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List statutory deadline rules */
    get: operations['listDeadlineRules'];
    put?: never;
    /** Create a statutory deadline rule */
    post: operations['createDeadlineRule'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deadline-rules/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a deadlinerule (with asOf: as it stood then) */
    get: operations['getDeadlineRule'];
    put?: never;
    post?: never;
    /** Delete a deadlinerule (only in its first status) */
    delete: operations['deleteDeadlineRule'];
    options?: never;
    head?: never;
    /** Change fields of a deadlinerule */
    patch: operations['updateDeadlineRule'];
    trace?: never;
  };
  '/api/v1/deadline-rules/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events of a deadlinerule, oldest first */
    get: operations['listDeadlineRuleHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/deadline-rules/{id}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The status history of a deadlinerule, oldest first */
    get: operations['listDeadlineRuleTransitions'];
    put?: never;
    /** Move a deadlinerule to another status */
    post: operations['transitionDeadlineRule'];
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
    /** List documents you may see, filtered and paged */
    get: operations['listDocuments'];
    put?: never;
    /** Register a document */
    post: operations['createDocument'];
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
    /** Read a document (with asOf: as it stood then) */
    get: operations['getDocument'];
    put?: never;
    post?: never;
    /** Delete a document (only in its first status) */
    delete: operations['deleteDocument'];
    options?: never;
    head?: never;
    /** Change fields of a document */
    patch: operations['updateDocument'];
    trace?: never;
  };
  '/api/v1/documents/{id}/attachments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A document’s attachments */
    get: operations['listAttachments'];
    put?: never;
    /** Upload a file to a document (multipart) */
    post: operations['uploadAttachment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/attachments/{attachmentId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An attachment’s metadata and versions */
    get: operations['getAttachment'];
    put?: never;
    post?: never;
    /** Remove an attachment (document in draft only) */
    delete: operations['deleteAttachment'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/attachments/{attachmentId}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download the latest version (Range supported) */
    get: operations['downloadAttachment'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/attachments/{attachmentId}/versions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload a new version of an attachment */
    post: operations['addAttachmentVersion'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/attachments/{attachmentId}/versions/{n}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download one version (Range supported) */
    get: operations['downloadAttachmentVersion'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events of a document, oldest first */
    get: operations['listDocumentHistory'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/parties': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A document’s parties and their consent */
    get: operations['listDocumentParties'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/documents/{id}/parties/{country}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One party’s consent record */
    get: operations['getDocumentParty'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a party’s procedure, instrument or note reference */
    patch: operations['updateDocumentParty'];
    trace?: never;
  };
  '/api/v1/documents/{id}/parties/{country}/transitions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A party’s status history */
    get: operations['listDocumentPartyTransitions'];
    put?: never;
    /** Record a party’s consent step (procedure completed, notified, withdrawn) */
    post: operations['transitionDocumentParty'];
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
    /** The signatories of a document */
    get: operations['listSignatories'];
    put?: never;
    /** Add a signatory to a document */
    post: operations['addSignatory'];
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
    /** Remove a signatory from a document */
    delete: operations['removeSignatory'];
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
    /** The status history of a document, oldest first */
    get: operations['listDocumentTransitions'];
    put?: never;
    /** Move a document to another status */
    post: operations['transitionDocument'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upload a spreadsheet: every row validated, a preview answered, nothing written but the import
     * @description Editors and admins import institutions, summits, documents and signatories; managers and admins milestones and progress. Rows match existing records by natural key (§15); an empty cell leaves a field as it is. A file that is not CSV or XLSX, a zip bomb, more than 100 000 rows, a formula cell, invalid UTF-8 or an unknown column is a 4xx naming what is wrong.
     */
    post: operations['createImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An import: its status, errors, preview and result */
    get: operations['getImport'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/{id}/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Write every row in one transaction, through the API’s own services
     * @description Re-validates first (409 with the new errors, nothing written, when the data changed since the preview); each record’s audit event carries the import id. Applying an applied import → 409 already-applied; an invalid one → 422; one validated more than 24 hours ago → 410 import-expired (a validated import keeps its uploaded file for 24 hours; upload it again).
     */
    post: operations['applyImport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/imports/templates/{kind}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A template: header row and one example row */
    get: operations['getImportTemplate'];
    put?: never;
    post?: never;
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
    /** List institutions, filtered and paged */
    get: operations['listInstitutions'];
    put?: never;
    /** Register an institution */
    post: operations['createInstitution'];
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
    /** Read an institution (with asOf: as it stood then) */
    get: operations['getInstitution'];
    put?: never;
    post?: never;
    /** Delete an institution (only in its first status) */
    delete: operations['deleteInstitution'];
    options?: never;
    head?: never;
    /** Change fields of an institution */
    patch: operations['updateInstitution'];
    trace?: never;
  };
  '/api/v1/institutions/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events of an institution, oldest first */
    get: operations['listInstitutionHistory'];
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
    /** The status history of an institution, oldest first */
    get: operations['listInstitutionTransitions'];
    put?: never;
    /** Move an institution to another status */
    post: operations['transitionInstitution'];
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
    /** List milestones you may see, filtered and paged */
    get: operations['listMilestones'];
    put?: never;
    /** Create a milestone */
    post: operations['createMilestone'];
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
    /** Read a milestone (with asOf: as it stood then) */
    get: operations['getMilestone'];
    put?: never;
    post?: never;
    /** Delete a milestone (only in its first status) */
    delete: operations['deleteMilestone'];
    options?: never;
    head?: never;
    /** Change fields of a milestone */
    patch: operations['updateMilestone'];
    trace?: never;
  };
  '/api/v1/milestones/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events of a milestone, oldest first */
    get: operations['listMilestoneHistory'];
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
    /** The progress reports of a milestone, newest first */
    get: operations['listProgress'];
    put?: never;
    /** Report progress on a milestone */
    post: operations['reportProgress'];
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
    /** The status history of a milestone, oldest first */
    get: operations['listMilestoneTransitions'];
    put?: never;
    /** Move a milestone to another status */
    post: operations['transitionMilestone'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your notifications, newest first */
    get: operations['listNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/{id}/read': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark one of your notifications read */
    post: operations['readNotification'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/read-all': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark all your notifications read */
    post: operations['readAllNotifications'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/notifications/unread-count': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** How many of your notifications are unread */
    get: operations['countUnreadNotifications'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search documents, summits, institutions and milestones */
    get: operations['search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subscriptions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Your subscriptions (an admin: all) */
    get: operations['listSubscriptions'];
    put?: never;
    /** Subscribe to notification events */
    post: operations['createSubscription'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subscriptions/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Read a subscription */
    get: operations['getSubscription'];
    put?: never;
    post?: never;
    /** Delete a subscription and its delivery log */
    delete: operations['deleteSubscription'];
    options?: never;
    head?: never;
    /** Change a subscription */
    patch: operations['updateSubscription'];
    trace?: never;
  };
  '/api/v1/subscriptions/{id}/deliveries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The deliveries of a subscription, newest first */
    get: operations['listSubscriptionDeliveries'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subscriptions/{id}/deliveries/{deliveryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One delivery with each of its attempts */
    get: operations['getSubscriptionDelivery'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/subscriptions/{id}/rotate-secret': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** A new signing secret for a webhook (shown once) */
    post: operations['rotateSubscriptionSecret'];
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
    /** List summits you may see, filtered and paged */
    get: operations['listSummits'];
    put?: never;
    /** Register a summit */
    post: operations['createSummit'];
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
    /** Read a summit (with asOf: as it stood then) */
    get: operations['getSummit'];
    put?: never;
    post?: never;
    /** Delete a summit (only in its first status) */
    delete: operations['deleteSummit'];
    options?: never;
    head?: never;
    /** Change fields of a summit */
    patch: operations['updateSummit'];
    trace?: never;
  };
  '/api/v1/summits/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit events of a summit, oldest first */
    get: operations['listSummitHistory'];
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
    /** The status history of a summit, oldest first */
    get: operations['listSummitTransitions'];
    put?: never;
    /** Move a summit to another status */
    post: operations['transitionSummit'];
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
    /** List users */
    get: operations['listUsers'];
    put?: never;
    /** Create a user */
    post: operations['createUser'];
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
    /** Read a user */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a user (roles, clearance, password, disabled) */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/health/live': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Liveness: the process answers */
    get: operations['getLiveness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/health/ready': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Readiness: the database answers within 2 s
     * @description Anonymous callers get only { status }; with Authorization: Bearer <PACTA_METRICS_TOKEN>, the checks too.
     */
    get: operations['getReadiness'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/metrics': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Prometheus metrics
     * @description When PACTA_METRICS_TOKEN is set, it needs Authorization: Bearer <that token>.
     */
    get: operations['getMetrics'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ActorRef: {
      email: string;
      /** Format: uuid */
      id: string;
    };
    AttachmentPage: {
      items: components['schemas']['AttachmentResponse'][];
      nextCursor: string | null;
    };
    AttachmentResponse: {
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** Format: uuid */
      documentId: string;
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind:
        | 'signed_original'
        | 'certified_copy'
        | 'translation'
        | 'draft'
        | 'note_verbale'
        | 'ratification_instrument'
        | 'other';
      /** @example az */
      language: string | null;
      title: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      /** @description The latest version’s n; ETag of this response. */
      version: number;
      /** @description Oldest first. */
      versions: components['schemas']['AttachmentVersionResponse'][];
    };
    AttachmentVersionResponse: {
      /**
       * @description Detected from the bytes.
       * @enum {string}
       */
      contentType:
        | 'application/pdf'
        | 'image/png'
        | 'image/jpeg'
        | 'image/tiff'
        | 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        | 'application/vnd.oasis.opendocument.text'
        | 'text/plain; charset=utf-8';
      /** @example memorandum-signed.pdf */
      fileName: string;
      /** @example 1 */
      n: number;
      /** @example e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855 */
      sha256: string;
      /** @description Bytes. */
      size: number;
      /**
       * @description Text extraction for search: pending, extracted, none (no text in the file) or failed.
       * @enum {string}
       */
      textStatus: 'pending' | 'extracted' | 'none' | 'failed';
      /** Format: date-time */
      uploadedAt: string;
      /** Format: uuid */
      uploadedBy: string;
    };
    /** @enum {string} */
    AuditAction:
      | 'create'
      | 'update'
      | 'transition'
      | 'delete'
      | 'signatory.add'
      | 'signatory.remove'
      | 'party.update'
      | 'party.transition'
      | 'attachment.add'
      | 'attachment.version'
      | 'attachment.remove'
      | 'attachment.download'
      | 'progress.report'
      | 'login.success'
      | 'login.failure'
      | 'session.logout'
      | 'session.revoke'
      | 'session.refresh-reuse'
      | 'feed-token.issue'
      | 'feed-token.revoke'
      | 'subscription.rotate-secret';
    AuditActorView: {
      email: string | null;
      /** Format: uuid */
      id: string | null;
    };
    /** @enum {string} */
    AuditEntityType:
      | 'institution'
      | 'summit'
      | 'document'
      | 'milestone'
      | 'deadline_rule'
      | 'user'
      | 'session'
      | 'subscription';
    AuditEventResponse: {
      /** @example transition */
      action: components['schemas']['AuditAction'];
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
      entityType: components['schemas']['AuditEntityType'];
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
    AwaitedParty: {
      /** @example KZ */
      country: string;
      /** @example ratification */
      procedure: string;
      /** @example pending */
      status: string;
    };
    CreateDeadlineRuleDto: {
      /**
       * @description Applies to documents with this party; its signatory institutions own the milestone. None: every document, no owner.
       * @example AZ
       */
      country?: string | null;
      /** @description Applies to these types only; none: every type. */
      documentTypes?:
        | (
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
          )[]
        | null;
      /** @description Applies only to binding (true) or non-binding (false) documents; none: both. */
      legallyBinding?: boolean | null;
      /** @example 30 */
      offsetDays: number;
      /** @example Law on International Treaties, Article 12 */
      source: string;
      /** @example Submit the agreement to the Milli Majlis for ratification */
      title: string;
      /**
       * @description signed: due offsetDays after signedOn, when the document is signed; in_force: after entryIntoForceOn, when it enters into force; expires: offsetDays from expiresOn (negative: before), when it enters into force with an expiresOn.
       * @enum {string}
       */
      trigger: 'signed' | 'in_force' | 'expires';
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
      entryIntoForceOn?: string | null;
      entryIntoForceRule?: components['schemas']['EntryIntoForceRuleDto'] | null;
      /** Format: date */
      expiresOn?: string | null;
      /**
       * @description Authentic languages, ISO 639-1, unique.
       * @example [
       *       "az",
       *       "kk",
       *       "ru"
       *     ]
       */
      languages?: string[];
      /** @description Whether it binds its parties. Default by type: true for agreement, treaty, protocol; false otherwise. */
      legallyBinding?: boolean;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: string | null;
      /** @example Astana */
      placeOfSigning?: string | null;
      /**
       * Format: date
       * @description Applied provisionally from.
       */
      provisionalApplicationFrom?: string | null;
      /** @description Unique across the register when present: a taken number is a 409 `unique-violation` whoever holds it, one answer for a holder you can see and one you cannot, naming nothing of the holder (README, "Security"). */
      referenceNumber?: string | null;
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
      signedOn?: string | null;
      summary?: string | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: string | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Меморандум о взаимопонимании"
       *       },
       *       "kk": {
       *         "title": "Өзара түсіністік туралы меморандум"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
      parentId?: string | null;
      /** @example MFA AZ */
      shortName?: string | null;
      /**
       * @description By ISO 639-1 language: name, shortName in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "name": "Министерство энергетики Республики Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          name: string;
          shortName?: string;
        };
      };
      /** @example https://mfa.gov.az */
      website?: string | null;
    };
    CreateMilestoneDto: {
      description?: string | null;
      /**
       * Format: uuid
       * @description The document it implements. documentId, summitId or both must be set (400 otherwise).
       */
      documentId?: string | null;
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
      sector?: string | null;
      /**
       * Format: uuid
       * @description The summit where it was agreed.
       */
      summitId?: string | null;
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
      signedOn?: string | null;
      /** @example Ilham Aliyev */
      signerName: string;
      /** @example President of the Republic of Azerbaijan */
      signerTitle: string;
    };
    CreateSubscriptionDto: {
      /**
       * @description false pauses the subscription.
       * @default true
       */
      active: boolean;
      /** @enum {string} */
      channel: 'inbox' | 'email' | 'webhook';
      /**
       * @description Webhook only: the highest classification its payloads may carry (≤ yours; default yours).
       * @enum {string|null}
       */
      clearance?: 'public' | 'restricted' | 'confidential' | null;
      /** @description For milestone.due_soon (and digests): this many days before dueOn; none: 7. */
      daysBefore?: number | null;
      /**
       * @description Email only: one daily message of overdue and due-soon milestones instead of one per event.
       * @default false
       */
      digest: boolean;
      events: (
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
      )[];
      filter?: components['schemas']['SubscriptionFilterDto'];
      /**
       * @description Default: from Accept-Language.
       * @enum {string}
       */
      language?: 'en' | 'ru' | 'az' | 'kk';
      /** @description inbox: none. email: an address (your own unless you are an admin; default your own). webhook: an https URL (http only with PACTA_WEBHOOK_ALLOW_PRIVATE=true). */
      target?: string | null;
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
      summary?: string | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Государственный визит Президента Ильхама Алиева в Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
      /**
       * @description Stored Unicode-normalised (NFKC) and lower-cased; it must then be printable ASCII (an internationalised domain in its xn-- form): invisible characters and look-alike letters such as ı are refused.
       * @example analyst@mfa.example
       */
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
    DeadlineRulePage: {
      items: components['schemas']['DeadlineRuleResponse'][];
      nextCursor: string | null;
    };
    DeadlineRuleResponse: {
      allowedTransitions: ('active' | 'retired')[];
      /**
       * @description Applies to documents with this party; its signatory institutions own the milestone. None: every document, no owner.
       * @example AZ
       */
      country?: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      /** @description Applies to these types only; none: every type. */
      documentTypes?:
        | (
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
          )[]
        | null;
      /** Format: uuid */
      id: string;
      /** @description Applies only to binding (true) or non-binding (false) documents; none: both. */
      legallyBinding?: boolean | null;
      /** @example 30 */
      offsetDays: number;
      /** @example Law on International Treaties, Article 12 */
      source: string;
      /** @enum {string} */
      status: 'active' | 'retired';
      /** @example Submit the agreement to the Milli Majlis for ratification */
      title: string;
      /**
       * @description signed: due offsetDays after signedOn, when the document is signed; in_force: after entryIntoForceOn, when it enters into force; expires: offsetDays from expiresOn (negative: before), when it enters into force with an expiresOn.
       * @enum {string}
       */
      trigger: 'signed' | 'in_force' | 'expires';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    DeliveryAttemptResponse: {
      /** Format: date-time */
      at: string;
      attempt: number;
      detail: string;
      durationMs: number;
      ok: boolean;
      statusCode: number | null;
    };
    DeliveryDetailResponse: {
      /** @description Every attempt, oldest first. */
      attempts: components['schemas']['DeliveryAttemptResponse'][];
      /** Format: date-time */
      createdAt: string;
      detail: string | null;
      /**
       * Format: uuid
       * @description None for a digest.
       */
      eventId: string | null;
      /** @enum {string} */
      eventType:
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
        | 'digest';
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastAttemptAt: string | null;
      /**
       * Format: date-time
       * @description When the next attempt is due (pending, retrying).
       */
      nextAttemptAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'retrying' | 'failed' | 'skipped';
      statusCode: number | null;
    };
    DeliveryPage: {
      items: components['schemas']['DeliveryResponse'][];
      nextCursor: string | null;
    };
    DeliveryResponse: {
      attempts: number;
      /** Format: date-time */
      createdAt: string;
      detail: string | null;
      /**
       * Format: uuid
       * @description None for a digest.
       */
      eventId: string | null;
      /** @enum {string} */
      eventType:
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
        | 'digest';
      /** Format: uuid */
      id: string;
      /** Format: date-time */
      lastAttemptAt: string | null;
      /**
       * Format: date-time
       * @description When the next attempt is due (pending, retrying).
       */
      nextAttemptAt: string | null;
      /** @enum {string} */
      status: 'pending' | 'delivered' | 'retrying' | 'failed' | 'skipped';
      statusCode: number | null;
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
      /** @description Parties whose notification the entry-into-force rule still waits for; absent with asOf. */
      awaitingParties?: components['schemas']['AwaitedParty'][];
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
      /** @description title in the language Accept-Language prefers, if translated; else title. */
      displayTitle: string;
      /** Format: date */
      entryIntoForceOn?: string | null;
      entryIntoForceRule?: components['schemas']['EntryIntoForceRuleDto'] | null;
      /**
       * Format: date
       * @description From entryIntoForceRule and the parties (§11): null while it cannot be known (no rule, or notifications awaited).
       */
      expectedEntryIntoForceOn: string | null;
      /** Format: date */
      expiresOn?: string | null;
      /** Format: uuid */
      id: string;
      /**
       * @description Authentic languages, ISO 639-1, unique.
       * @example [
       *       "az",
       *       "kk",
       *       "ru"
       *     ]
       */
      languages?: string[];
      /** @description Whether it binds its parties. Default by type: true for agreement, treaty, protocol; false otherwise. */
      legallyBinding?: boolean;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: string | null;
      /** @description One per party country (§11); absent with asOf. */
      parties?: components['schemas']['PartyResponse'][];
      /** @example Astana */
      placeOfSigning?: string | null;
      /**
       * Format: date
       * @description Applied provisionally from.
       */
      provisionalApplicationFrom?: string | null;
      /** @description Unique across the register when present: a taken number is a 409 `unique-violation` whoever holds it, one answer for a holder you can see and one you cannot, naming nothing of the holder (README, "Security"). */
      referenceNumber?: string | null;
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
      /** @description Absent with asOf. */
      signatories?: components['schemas']['SignatoryResponse'][];
      /** @description How many signatories it has. */
      signatoryCount: number;
      /** Format: date */
      signedOn?: string | null;
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
      summary?: string | null;
      /** @description Absent with asOf. */
      summit?: components['schemas']['SummitRef'] | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: string | null;
      /** @description Title of the summit, if any. */
      summitTitle: string | null;
      /**
       * Format: uuid
       * @description Set by the transition to superseded.
       */
      supersededById: string | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Меморандум о взаимопонимании"
       *       },
       *       "kk": {
       *         "title": "Өзара түсіністік туралы меморандум"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
      /** @description title in the language Accept-Language prefers, if translated; else title. */
      displayTitle: string;
      /** Format: date */
      entryIntoForceOn?: string | null;
      entryIntoForceRule?: components['schemas']['EntryIntoForceRuleDto'] | null;
      /**
       * Format: date
       * @description From entryIntoForceRule and the parties (§11): null while it cannot be known (no rule, or notifications awaited).
       */
      expectedEntryIntoForceOn: string | null;
      /** Format: date */
      expiresOn?: string | null;
      /** Format: uuid */
      id: string;
      /**
       * @description Authentic languages, ISO 639-1, unique.
       * @example [
       *       "az",
       *       "kk",
       *       "ru"
       *     ]
       */
      languages?: string[];
      /** @description Whether it binds its parties. Default by type: true for agreement, treaty, protocol; false otherwise. */
      legallyBinding?: boolean;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: string | null;
      /** @example Astana */
      placeOfSigning?: string | null;
      /**
       * Format: date
       * @description Applied provisionally from.
       */
      provisionalApplicationFrom?: string | null;
      /** @description Unique across the register when present: a taken number is a 409 `unique-violation` whoever holds it, one answer for a holder you can see and one you cannot, naming nothing of the holder (README, "Security"). */
      referenceNumber?: string | null;
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
      signedOn?: string | null;
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
      summary?: string | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: string | null;
      /** @description Title of the summit, if any. */
      summitTitle: string | null;
      /**
       * Format: uuid
       * @description Set by the transition to superseded.
       */
      supersededById: string | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Меморандум о взаимопонимании"
       *       },
       *       "kk": {
       *         "title": "Өзара түсіністік туралы меморандум"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
    EntryIntoForceRuleDto: {
      /**
       * Format: date
       * @description on_date: the date (required there).
       */
      date?: string;
      /** @description after_last_notification only. */
      days?: number;
      /**
       * @description on_signature: signedOn; on_date: date; after_last_notification: days/months after the last required notification was received.
       * @enum {string}
       */
      kind: 'on_signature' | 'on_date' | 'after_last_notification';
      /** @description after_last_notification only. */
      months?: number;
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
      /** @description For an import (§15): the row of the file (the header is row 1). */
      row?: number;
    };
    HistoryPage: {
      items: components['schemas']['AuditEventResponse'][];
      nextCursor: string | null;
    };
    ImportCounts: {
      create: number;
      unchanged: number;
      update: number;
    };
    ImportResponse: {
      errors: components['schemas']['ImportRowError'][];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'institutions' | 'summits' | 'documents' | 'signatories' | 'milestones' | 'progress';
      /** @description What apply would do, row by row. */
      preview: components['schemas']['ImportCounts'];
      /** @description What apply did (once applied). */
      result?: components['schemas']['ImportCounts'] | null;
      /** @description Data rows in the file. */
      rows: number;
      /**
       * @description `validated` (may be applied), `invalid` (has errors), `applied`, `expired` (validated but not applied within 24 hours: its file was dropped; upload it again).
       * @enum {string}
       */
      status: 'validated' | 'invalid' | 'applied' | 'expired';
    };
    ImportRowError: {
      /** @example type */
      field: string;
      /** @example must be one of memorandum_of_understanding, declaration, … */
      message: string;
      /** @description The row of the file (the header is row 1). */
      row: number;
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
      /** @description name in the language Accept-Language prefers, if translated; else name. */
      displayName: string;
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
      parentId?: string | null;
      /** @example MFA AZ */
      shortName?: string | null;
      /** @enum {string} */
      status: 'active' | 'defunct';
      /** Format: uuid */
      successorId: string | null;
      /**
       * @description By ISO 639-1 language: name, shortName in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "name": "Министерство энергетики Республики Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          name: string;
          shortName?: string;
        };
      };
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
      /** @example https://mfa.gov.az */
      website?: string | null;
    };
    LivenessResponse: {
      /** @enum {string} */
      status: 'ok';
    };
    LoginDto: {
      /** @example admin@pacta.local */
      email: string;
      password: string;
      /** @description Default false. true for a browser session: the answer also sets the HttpOnly refresh cookie `pacta_refresh` (Path=/api/v1/auth, SameSite=Strict, Secure unless Pacta is on loopback HTTP, Max-Age = the session lifetime), to be exchanged at POST /api/v1/auth/refresh. Needs the header X-Pacta-CSRF: 1 (and a same-origin Origin/Sec-Fetch-Site when sent); 403 otherwise. */
      session?: boolean;
    };
    MeResponse: {
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
      /** @description The union of what the roles allow (spec §3). */
      permissions: components['schemas']['Permission'][];
      roles: ('admin' | 'editor' | 'manager' | 'auditor' | 'viewer')[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string | null;
      version: number;
    };
    MilestoneOrigin: {
      /** Format: uuid */
      ruleId: string;
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
      /** @description Read-only: the deadline rule that created it (§11), or null. */
      origin: components['schemas']['MilestoneOrigin'] | null;
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
    NotificationPage: {
      items: components['schemas']['NotificationResponse'][];
      nextCursor: string | null;
      /** @description All your unread notifications, whatever the page. */
      unreadCount: number;
    };
    NotificationResponse: {
      /** @description Event-specific fields, e.g. { from, to, reason } or { dueOn, daysBefore }. */
      data: {
        [key: string]: unknown;
      };
      /** Format: uuid */
      id: string;
      /** @description Absolute URL of the subject in the web application. */
      link: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: date-time */
      readAt: string | null;
      subject: components['schemas']['NotificationSubject'];
      /** @enum {string} */
      type:
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created';
    };
    NotificationSubject: {
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      kind: 'milestone' | 'document' | 'party' | 'deadline_rule';
      title: string;
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
    PartyList: {
      items: components['schemas']['PartyResponse'][];
    };
    PartyResponse: {
      allowedTransitions: ('pending' | 'procedure_completed' | 'notified' | 'withdrawn')[];
      /** @example KZ */
      country: string;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      id: string;
      /** @example Law No. 123-VIII */
      instrument: string | null;
      /** Format: date */
      internalProcedureOn: string | null;
      /** @example Note verbale No. 05-2/1234 */
      noteReference: string | null;
      /** Format: date */
      notificationReceivedOn: string | null;
      /** Format: date */
      notifiedOn: string | null;
      /** @enum {string} */
      procedure: 'ratification' | 'approval' | 'acceptance' | 'accession' | 'signature_only';
      /** @enum {string} */
      status: 'pending' | 'procedure_completed' | 'notified' | 'withdrawn';
      /** Format: date-time */
      updatedAt: string;
      version: number;
    };
    PartyTransitionDto: {
      /**
       * Format: date
       * @description The day it happened: the procedure completed, or the note received by the other party (→ notificationReceivedOn).
       */
      effectiveOn: string;
      instrument?: string;
      noteReference?: string;
      /**
       * Format: date
       * @description The day the note was sent; default effectiveOn.
       */
      notifiedOn?: string;
      /** @description Required for withdrawn and for withdrawn → pending. */
      reason?: string;
      /** @enum {string} */
      to: 'pending' | 'procedure_completed' | 'notified' | 'withdrawn';
    };
    /**
     * @description The union of what the roles allow (spec §3).
     * @enum {string}
     */
    Permission:
      | 'registers.read'
      | 'registers.write'
      | 'milestones.write'
      | 'history.read'
      | 'audit.read'
      | 'users.manage'
      | 'imports.use'
      | 'self';
    Problem: {
      /** @description On 409 from ?verify=true: the sha256 of the stored bytes now. */
      actual?: string;
      /** @description On 409 for a refused transition: the statuses reachable now. */
      allowed?: string[];
      /** @description On 422 for a move to in_force under a rule: the parties whose notification is awaited. */
      awaitingParties?: {
        country?: string;
        procedure?: string;
        status?: string;
      }[];
      /** @description On 412: the version the entity has now. */
      currentVersion?: number;
      /** @example countries[0]: must be an ISO 3166-1 alpha-2 country code in upper case */
      detail: string;
      /** @description On 415 for an upload: the type detected from the bytes, if any. */
      detected?: string;
      errors?: components['schemas']['FieldErrorResponse'][];
      /** @description On 409 from ?verify=true: the sha256 on record. */
      expected?: string;
      /**
       * Format: date
       * @description On 422 for a move to in_force under a rule: the date the rule gives, if known.
       */
      expectedEntryIntoForceOn?: string | null;
      /** @description On 409 for a refused transition: the current status. */
      from?: string;
      /** @example /api/v1/documents */
      instance: string;
      /** @description On 413 for an upload: the largest accepted size. */
      maxBytes?: number;
      /** @description On 422 for a move to signed: the party countries without a signatory. */
      missingCountries?: string[];
      /** @example 8f14e45f-ceea-467f-a0e4-5b5e3c1f0c1d */
      requestId?: string;
      /** @example 400 */
      status: number;
      /** @example Bad Request */
      title: string;
      /** @description On 409 for a refused transition: the status asked for. */
      to?: string;
      /**
       * @description What went wrong, as one of a fixed list (`urn:pacta:problem:` and a slug of PROBLEM_TYPES).
       * @example urn:pacta:problem:invalid-request
       * @enum {string}
       */
      type:
        | 'urn:pacta:problem:invalid-request'
        | 'urn:pacta:problem:unauthorized'
        | 'urn:pacta:problem:forbidden'
        | 'urn:pacta:problem:not-found'
        | 'urn:pacta:problem:method-not-allowed'
        | 'urn:pacta:problem:not-acceptable'
        | 'urn:pacta:problem:transition-not-allowed'
        | 'urn:pacta:problem:unique-violation'
        | 'urn:pacta:problem:reference-violation'
        | 'urn:pacta:problem:concurrent-change'
        | 'urn:pacta:problem:stale-version'
        | 'urn:pacta:problem:precondition-required'
        | 'urn:pacta:problem:precondition-unmet'
        | 'urn:pacta:problem:payload-too-large'
        | 'urn:pacta:problem:unsupported-media-type'
        | 'urn:pacta:problem:range-not-satisfiable'
        | 'urn:pacta:problem:rate-limited'
        | 'urn:pacta:problem:unavailable'
        | 'urn:pacta:problem:shutting-down'
        | 'urn:pacta:problem:headers-too-large'
        | 'urn:pacta:problem:request-timeout'
        | 'urn:pacta:problem:http-error'
        | 'urn:pacta:problem:internal'
        | 'urn:pacta:problem:not-deletable'
        | 'urn:pacta:problem:already-applied'
        | 'urn:pacta:problem:milestone-cancelled'
        | 'urn:pacta:problem:idempotency-key-busy'
        | 'urn:pacta:problem:idempotency-key-in-progress'
        | 'urn:pacta:problem:idempotency-key-reused'
        | 'urn:pacta:problem:integrity-check-failed'
        | 'urn:pacta:problem:not-a-webhook'
        | 'urn:pacta:problem:not-a-spreadsheet'
        | 'urn:pacta:problem:bad-spreadsheet'
        | 'urn:pacta:problem:zip-bomb'
        | 'urn:pacta:problem:too-many-rows'
        | 'urn:pacta:problem:import-invalid'
        | 'urn:pacta:problem:import-conflict'
        | 'urn:pacta:problem:import-expired';
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
    ReadAllResponse: {
      /** @description How many were unread and are now read. */
      updated: number;
    };
    ReadinessResponse: {
      /**
       * @description Every check.
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      details?: {
        [key: string]: {
          /** @example up */
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
      /**
       * @description The checks that failed.
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      error?: {
        [key: string]: {
          /** @example up */
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
      /**
       * @description The checks that passed.
       * @example {
       *       "database": {
       *         "status": "up"
       *       }
       *     }
       */
      info?: {
        [key: string]: {
          /** @example up */
          status?: string;
        } & {
          [key: string]: unknown;
        };
      };
      /** @enum {string} */
      status: 'ok' | 'error' | 'shutting_down';
    };
    SearchHitResponse: {
      /** Format: uuid */
      id: string;
      /** @description Relevance; higher is better (items come best first). */
      rank: number;
      /**
       * @description HTML-escaped text around the matches, each match in <mark>…</mark>.
       * @example Memorandum on <mark>oil</mark> transit · …
       */
      snippet: string;
      status: string;
      title: string;
      /** @enum {string} */
      type: 'document' | 'summit' | 'institution' | 'milestone';
    };
    SearchPage: {
      items: components['schemas']['SearchHitResponse'][];
      nextCursor: string | null;
    };
    SecretResponse: {
      /** @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw */
      secret: string;
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
    SubscriptionFilterDto: {
      /**
       * @description Any of these countries.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries?: string[];
      /**
       * Format: uuid
       * @description Events about this document, its parties and milestones.
       */
      documentId?: string;
      /**
       * Format: uuid
       * @description Events about this milestone only (not the other milestones of its document).
       */
      milestoneId?: string;
      /**
       * Format: uuid
       * @description Milestones this institution owns.
       */
      ownerInstitutionId?: string;
      /**
       * @description Any of these sectors.
       * @example [
       *       "trade"
       *     ]
       */
      sectors?: string[];
      /** Format: uuid */
      summitId?: string;
    };
    SubscriptionFilterResponse: {
      /**
       * @description Any of these countries.
       * @example [
       *       "AZ",
       *       "KZ"
       *     ]
       */
      countries?: string[];
      /**
       * Format: uuid
       * @description Events about this document, its parties and milestones.
       */
      documentId?: string;
      /**
       * Format: uuid
       * @description Events about this milestone only (not the other milestones of its document).
       */
      milestoneId?: string;
      /**
       * Format: uuid
       * @description Milestones this institution owns.
       */
      ownerInstitutionId?: string;
      /**
       * @description Any of these sectors.
       * @example [
       *       "trade"
       *     ]
       */
      sectors?: string[];
      /** Format: uuid */
      summitId?: string;
    };
    SubscriptionPage: {
      items: components['schemas']['SubscriptionResponse'][];
      nextCursor: string | null;
    };
    SubscriptionResponse: {
      active: boolean;
      /** @enum {string} */
      channel: 'inbox' | 'email' | 'webhook';
      /** @enum {string|null} */
      clearance: 'public' | 'restricted' | 'confidential' | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      daysBefore: number | null;
      digest: boolean;
      events: (
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
      )[];
      filter: components['schemas']['SubscriptionFilterResponse'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'en' | 'ru' | 'az' | 'kk';
      /** Format: uuid */
      ownerId: string;
      /** @enum {string} */
      status: 'active' | 'paused';
      target: string | null;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    SubscriptionWithSecretResponse: {
      active: boolean;
      /** @enum {string} */
      channel: 'inbox' | 'email' | 'webhook';
      /** @enum {string|null} */
      clearance: 'public' | 'restricted' | 'confidential' | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: uuid */
      createdBy: string;
      daysBefore: number | null;
      digest: boolean;
      events: (
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
      )[];
      filter: components['schemas']['SubscriptionFilterResponse'];
      /** Format: uuid */
      id: string;
      /** @enum {string} */
      language: 'en' | 'ru' | 'az' | 'kk';
      /** Format: uuid */
      ownerId: string;
      /**
       * @description Webhook only, and only in this answer: the signing secret (Standard Webhooks).
       * @example whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw
       */
      secret?: string;
      /** @enum {string} */
      status: 'active' | 'paused';
      target: string | null;
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
      /** @description title in the language Accept-Language prefers, if translated; else title. */
      displayTitle: string;
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
      summary?: string | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Государственный визит Президента Ильхама Алиева в Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      updatedBy: string;
      version: number;
    };
    TokenResponse: {
      /** @description A JWT for `Authorization: Bearer …`. Browsers keep it in memory only. */
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
      /** @description Who moved it. */
      actor: components['schemas']['ActorRef'];
      /** Format: date-time */
      at: string;
      /** Format: date */
      effectiveOn: string | null;
      from: string;
      reason: string | null;
      to: string;
    };
    UnreadCountResponse: {
      count: number;
    };
    UpdateDeadlineRuleDto: {
      /**
       * @description Applies to documents with this party; its signatory institutions own the milestone. None: every document, no owner.
       * @example AZ
       */
      country?: string | null;
      /** @description Applies to these types only; none: every type. */
      documentTypes?:
        | (
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
          )[]
        | null;
      /** @description Applies only to binding (true) or non-binding (false) documents; none: both. */
      legallyBinding?: boolean | null;
      /** @example 30 */
      offsetDays?: number;
      /** @example Law on International Treaties, Article 12 */
      source?: string;
      /** @example Submit the agreement to the Milli Majlis for ratification */
      title?: string;
      /**
       * @description signed: due offsetDays after signedOn, when the document is signed; in_force: after entryIntoForceOn, when it enters into force; expires: offsetDays from expiresOn (negative: before), when it enters into force with an expiresOn.
       * @enum {string}
       */
      trigger?: 'signed' | 'in_force' | 'expires';
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
      entryIntoForceOn?: string | null;
      entryIntoForceRule?: components['schemas']['EntryIntoForceRuleDto'] | null;
      /** Format: date */
      expiresOn?: string | null;
      /**
       * @description Authentic languages, ISO 639-1, unique.
       * @example [
       *       "az",
       *       "kk",
       *       "ru"
       *     ]
       */
      languages?: string[];
      /** @description Whether it binds its parties. Default by type: true for agreement, treaty, protocol; false otherwise. */
      legallyBinding?: boolean;
      /**
       * Format: uuid
       * @description A related document; given together with relation.
       */
      parentId?: string | null;
      /** @example Astana */
      placeOfSigning?: string | null;
      /**
       * Format: date
       * @description Applied provisionally from.
       */
      provisionalApplicationFrom?: string | null;
      /** @description Unique across the register when present: a taken number is a 409 `unique-violation` whoever holds it, one answer for a holder you can see and one you cannot, naming nothing of the holder (README, "Security"). */
      referenceNumber?: string | null;
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
      signedOn?: string | null;
      summary?: string | null;
      /**
       * Format: uuid
       * @description The summit where it was signed (422 if none).
       */
      summitId?: string | null;
      /** @example Declaration on strengthening strategic partnership and alliance relations */
      title?: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Меморандум о взаимопонимании"
       *       },
       *       "kk": {
       *         "title": "Өзара түсіністік туралы меморандум"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
      parentId?: string | null;
      /** @example MFA AZ */
      shortName?: string | null;
      /**
       * @description By ISO 639-1 language: name, shortName in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "name": "Министерство энергетики Республики Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          name: string;
          shortName?: string;
        };
      };
      /** @example https://mfa.gov.az */
      website?: string | null;
    };
    UpdateMilestoneDto: {
      description?: string | null;
      /**
       * Format: uuid
       * @description The document it implements. documentId, summitId or both must be set (400 otherwise).
       */
      documentId?: string | null;
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
      sector?: string | null;
      /**
       * Format: uuid
       * @description The summit where it was agreed.
       */
      summitId?: string | null;
      /** @example Double bilateral trade turnover to $1 billion */
      title?: string;
    };
    UpdatePartyDto: {
      /** @description The instrument of consent. */
      instrument?: string | null;
      /** @description The diplomatic note. */
      noteReference?: string | null;
      /** @enum {string} */
      procedure?: 'ratification' | 'approval' | 'acceptance' | 'accession' | 'signature_only';
    };
    UpdateSubscriptionDto: {
      /**
       * @description false pauses the subscription.
       * @default true
       */
      active: boolean;
      /**
       * @description Webhook only: the highest classification its payloads may carry (≤ yours; default yours).
       * @enum {string|null}
       */
      clearance?: 'public' | 'restricted' | 'confidential' | null;
      /** @description For milestone.due_soon (and digests): this many days before dueOn; none: 7. */
      daysBefore?: number | null;
      /**
       * @description Email only: one daily message of overdue and due-soon milestones instead of one per event.
       * @default false
       */
      digest: boolean;
      events?: (
        | 'milestone.due_soon'
        | 'milestone.overdue'
        | 'milestone.transitioned'
        | 'progress.reported'
        | 'document.transitioned'
        | 'document.expiring'
        | 'party.transitioned'
        | 'deadline.created'
      )[];
      filter?: components['schemas']['SubscriptionFilterDto'];
      /**
       * @description Default: from Accept-Language.
       * @enum {string}
       */
      language?: 'en' | 'ru' | 'az' | 'kk';
      /** @description inbox: none. email: an address (your own unless you are an admin; default your own). webhook: an https URL (http only with PACTA_WEBHOOK_ALLOW_PRIVATE=true). */
      target?: string | null;
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
      summary?: string | null;
      /** @example State visit of President Ilham Aliyev to Kazakhstan */
      title?: string;
      /**
       * @description By ISO 639-1 language: title, summary in that language. Lists and search match every language; Accept-Language picks the display one.
       * @example {
       *       "ru": {
       *         "title": "Государственный визит Президента Ильхама Алиева в Казахстан"
       *       }
       *     }
       */
      translations?: {
        [key: string]: {
          summary?: string;
          title: string;
        };
      };
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
  headers: {
    /** @description The entity's version, `"<version>"`: send it back as If-Match to change it safely. */
    ETag: string;
    /** @description Seconds to wait before trying again. */
    'Retry-After': number;
    /** @description The request id: the one you sent (`[A-Za-z0-9_.:-]{1,100}`), else a new UUID. It names the request in the logs and the audit log. */
    'X-Request-Id': string;
  };
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  listAuditEvents: {
    parameters: {
      query?: {
        /** @description Actions, comma-separated (AuditEventResponse.action lists those written now; an older event may carry another). */
        action?: string[];
        /** @description Events by any of these users (the actor.id of an event). Several values: comma-separated or the parameter repeated; any of them matches. */
        actorId?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        entityId?: string[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        entityType?: (
          | 'institution'
          | 'summit'
          | 'document'
          | 'milestone'
          | 'deadline_rule'
          | 'user'
          | 'session'
          | 'subscription'
        )[];
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  exportAuditEvents: {
    parameters: {
      query?: {
        /** @description Actions, comma-separated (AuditEventResponse.action lists those written now; an older event may carry another). */
        action?: string[];
        /** @description Events by any of these users (the actor.id of an event). Several values: comma-separated or the parameter repeated; any of them matches. */
        actorId?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        entityId?: string[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        entityType?: (
          | 'institution'
          | 'summit'
          | 'document'
          | 'milestone'
          | 'deadline_rule'
          | 'user'
          | 'session'
          | 'subscription'
        )[];
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
      /** @description The filtered events, streamed, oldest first: one JSON event per line (format=jsonl), or CSV (format=csv). */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  verifyAuditEvents: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission audit.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createFeedToken: {
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
      /** @description A new calendar feed token; the old one stops working. The token is never stored in plaintext, so a retry with the same Idempotency-Key issues another one rather than replaying the first. */
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FeedTokenResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  revokeFeedToken: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  login: {
    parameters: {
      query?: never;
      header?: {
        /** @description With session: true only. Required on these session routes: must be `1` (403 without it). With SameSite=Strict this keeps other sites from riding the cookie: a cross-site form cannot send a custom header, and a cross-origin script would need CORS, which is not granted. `Origin` and `Sec-Fetch-Site`, when the browser sends them, must name Pacta itself (403 otherwise). */
        'X-Pacta-CSRF'?: '1';
      };
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
          /** @description no-store */
          'Cache-Control'?: string;
          /** @description With session: true only: the refresh cookie `pacta_refresh` (a random token; only its hash is stored). Attributes: Path=/api/v1/auth; HttpOnly; SameSite=Strict; Max-Age=<seconds>; Secure unless Pacta is on loopback HTTP. */
          'Set-Cookie'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The email or password is wrong, or the user is disabled: one answer for all. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description With session: true, from another site (X-Pacta-CSRF, Origin, Sec-Fetch-Site). */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Rate limited (see Retry-After). */
      429: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  logout: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description Required on these session routes: must be `1` (403 without it). With SameSite=Strict this keeps other sites from riding the cookie: a cross-site form cannot send a custom header, and a cross-origin script would need CORS, which is not granted. `Origin` and `Sec-Fetch-Site`, when the browser sends them, must name Pacta itself (403 otherwise). */
        'X-Pacta-CSRF'?: '1';
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The session has ended. */
      204: {
        headers: {
          /** @description Deletes the cookie: pacta_refresh=; Path=/api/v1/auth; Max-Age=0; … */
          'Set-Cookie'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description No refresh cookie, or one that is unknown, rotated, expired or of an ended session. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request does not come from Pacta itself (X-Pacta-CSRF, Origin, Sec-Fetch-Site). */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCurrentUser: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MeResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  refreshSession: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description Required on these session routes: must be `1` (403 without it). With SameSite=Strict this keeps other sites from riding the cookie: a cross-site form cannot send a custom header, and a cross-origin script would need CORS, which is not granted. `Origin` and `Sec-Fetch-Site`, when the browser sends them, must name Pacta itself (403 otherwise). */
        'X-Pacta-CSRF'?: '1';
      };
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description no-store */
          'Cache-Control'?: string;
          /** @description The next refresh token (rotation). Attributes: Path=/api/v1/auth; HttpOnly; SameSite=Strict; Max-Age=<seconds>; Secure unless Pacta is on loopback HTTP. */
          'Set-Cookie'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TokenResponse'];
        };
      };
      /** @description No refresh cookie, or one that is unknown, rotated, expired or of an ended session. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The request does not come from Pacta itself (X-Pacta-CSRF, Origin, Sec-Fetch-Site). */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getCalendarFeed: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/calendar': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMilestoneDashboard: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DashboardResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadlineRules: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        status?: ('active' | 'retired')[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        trigger?: ('signed' | 'in_force' | 'expires')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRulePage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createDeadlineRule: {
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
        'application/json': components['schemas']['CreateDeadlineRuleDto'];
      };
    };
    responses: {
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRuleResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDeadlineRule: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRuleResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteDeadlineRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateDeadlineRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateDeadlineRuleDto'];
      };
    };
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRuleResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadlineRuleHistory: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDeadlineRuleTransitions: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionDeadlineRule: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeadlineRuleResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDocuments: {
    parameters: {
      query?: {
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        classification?: ('public' | 'restricted' | 'confidential')[];
        /** @description ISO 3166-1 alpha-2 codes. Documents with any of them as a party. Several values: comma-separated or the parameter repeated; any of them matches. */
        countries?: string[];
        /** @description Another name for `countries`: the same filter. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description ISO 639-1 codes, comma-separated: documents authentic in any of them. */
        languages?: string[];
        /** @description Binding (true) or not (false). */
        legallyBinding?: boolean;
        limit?: number;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        parentId?: string[];
        /** @description Case-insensitive substring of the title or reference number. */
        q?: string;
        /** @description Another name for `sectors`: the same filter. */
        sector?: string[];
        /** @description Documents tagged with any of them. Several values: comma-separated or the parameter repeated; any of them matches. */
        sectors?: string[];
        /** @description Signed on or after this date. */
        signedAfter?: string;
        /** @description Signed on or before this date. */
        signedBefore?: string;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
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
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        summitId?: string[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
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
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createDocument: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDocument: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentDetailResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listAttachments: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  uploadAttachment: {
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
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file; its type is detected from its bytes.
           */
          file: string;
          /** @enum {string} */
          kind:
            | 'signed_original'
            | 'certified_copy'
            | 'translation'
            | 'draft'
            | 'note_verbale'
            | 'ratification_instrument'
            | 'other';
          /**
           * @description A language tag (az, kk, ru, en, …).
           * @example az
           */
          language?: string;
          title?: string;
        };
      };
    };
    responses: {
      /** @description Stored with its first version. With Idempotency-Key, the file is not part of the fingerprint. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type: a body that is not JSON, or a file whose type (detected from its bytes) is not accepted. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getAttachment: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteAttachment: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed (only while the document is a draft); the audit log keeps it. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadAttachment: {
    parameters: {
      query?: {
        /** @description Re-hash the stored bytes before sending them: 409 integrity-check-failed when they no longer match the sha256 recorded at upload. */
        verify?: boolean;
      };
      header?: {
        /** @description The ETag; a Range applies only if it still matches. */
        'if-range'?: string;
        /** @description One byte range, e.g. bytes=0-1023 (answered 206). */
        range?: string;
      };
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The latest version’s bytes. */
      200: {
        headers: {
          'Accept-Ranges'?: 'bytes';
          /** @description attachment, with the uploaded file name. */
          'Content-Disposition'?: string;
          /** @description The version’s sha256 in quotes. */
          ETag?: string;
          /** @description RFC 9530: sha-256 of the whole file. */
          'Repr-Digest'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
          'application/pdf': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/jpeg': string;
          'image/png': string;
          'image/tiff': string;
          'text/plain': string;
        };
      };
      /** @description The requested range. */
      206: {
        headers: {
          'Accept-Ranges'?: 'bytes';
          /** @description attachment, with the uploaded file name. */
          'Content-Disposition'?: string;
          /** @description The version’s sha256 in quotes. */
          ETag?: string;
          /** @description RFC 9530: sha-256 of the whole file. */
          'Repr-Digest'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
          'application/pdf': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/jpeg': string;
          'image/png': string;
          'image/tiff': string;
          'text/plain': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Range cannot be satisfied (Content-Range names the size). */
      416: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addAttachmentVersion: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        attachmentId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'multipart/form-data': {
          /**
           * Format: binary
           * @description The file; its type is detected from its bytes.
           */
          file: string;
        };
      };
    };
    responses: {
      /** @description The attachment with its new latest version. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AttachmentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type: a body that is not JSON, or a file whose type (detected from its bytes) is not accepted. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  downloadAttachmentVersion: {
    parameters: {
      query?: {
        /** @description Re-hash the stored bytes before sending them: 409 integrity-check-failed when they no longer match the sha256 recorded at upload. */
        verify?: boolean;
      };
      header?: {
        /** @description The ETag; a Range applies only if it still matches. */
        'if-range'?: string;
        /** @description One byte range, e.g. bytes=0-1023 (answered 206). */
        range?: string;
      };
      path: {
        attachmentId: string;
        id: string;
        n: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description That version’s bytes. */
      200: {
        headers: {
          'Accept-Ranges'?: 'bytes';
          /** @description attachment, with the uploaded file name. */
          'Content-Disposition'?: string;
          /** @description The version’s sha256 in quotes. */
          ETag?: string;
          /** @description RFC 9530: sha-256 of the whole file. */
          'Repr-Digest'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
          'application/pdf': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/jpeg': string;
          'image/png': string;
          'image/tiff': string;
          'text/plain': string;
        };
      };
      /** @description The requested range. */
      206: {
        headers: {
          'Accept-Ranges'?: 'bytes';
          /** @description attachment, with the uploaded file name. */
          'Content-Disposition'?: string;
          /** @description The version’s sha256 in quotes. */
          ETag?: string;
          /** @description RFC 9530: sha-256 of the whole file. */
          'Repr-Digest'?: string;
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/octet-stream': string;
          'application/pdf': string;
          'application/vnd.oasis.opendocument.text': string;
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document': string;
          'image/jpeg': string;
          'image/png': string;
          'image/tiff': string;
          'text/plain': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The Range cannot be satisfied (Content-Range names the size). */
      416: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDocumentHistory: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDocumentParties: {
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
      /** @description One record per party country, by country code. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyList'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getDocumentParty: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The party, ISO 3166-1 alpha-2. */
        country: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateDocumentParty: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        /** @description The party, ISO 3166-1 alpha-2. */
        country: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdatePartyDto'];
      };
    };
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDocumentPartyTransitions: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description The party, ISO 3166-1 alpha-2. */
        country: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionDocumentParty: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        /** @description The party, ISO 3166-1 alpha-2. */
        country: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['PartyTransitionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PartyResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSignatories: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  addSignatory: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignatoryResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  removeSignatory: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listDocumentTransitions: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionDocument: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DocumentResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createImport: {
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
        'multipart/form-data': {
          /**
           * Format: binary
           * @description CSV (UTF-8, comma or semicolon) or XLSX.
           */
          file: string;
          /** @enum {string} */
          kind: 'institutions' | 'summits' | 'documents' | 'signatories' | 'milestones' | 'progress';
          /** @description XLSX: the sheet to read (default the first). */
          sheet?: string;
        };
      };
    };
    responses: {
      201: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission imports.use. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Body too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Unsupported media type: a body that is not JSON, or a file whose type (detected from its bytes) is not accepted. */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImport: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission imports.use. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  applyImport: {
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
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission imports.use. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Validated more than 24 hours ago and not applied: its file is gone; upload it again. */
      410: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getImportTemplate: {
    parameters: {
      query?: {
        format?: 'csv' | 'xlsx';
      };
      header?: never;
      path: {
        kind: 'institutions' | 'summits' | 'documents' | 'signatories' | 'milestones' | 'progress';
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description XLSX (drop-down lists for enums, a second sheet explaining each column in en, ru, az, kk) or CSV. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission imports.use. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInstitutions: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 codes.  Several values: comma-separated or the parameter repeated; any of them matches. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
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
        /** @description Institutions under any of these. Several values: comma-separated or the parameter repeated; any of them matches. */
        parentId?: string[];
        /** @description Case-insensitive substring of name or short name. */
        q?: string;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        status?: ('active' | 'defunct')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createInstitution: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getInstitution: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteInstitution: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateInstitution: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInstitutionHistory: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listInstitutionTransitions: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionInstitution: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InstitutionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMilestones: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 codes. A party of the linked document or a participant of the linked summit. Several values: comma-separated or the parameter repeated; any of them matches. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        documentId?: string[];
        /** @description Due on or after this date (inclusive, like every date filter). */
        dueAfter?: string;
        /** @description Due on or before this date (inclusive, like every date filter). */
        dueBefore?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        limit?: number;
        /** @description `true`: only overdue ones; `false`: only those not overdue. */
        overdue?: boolean;
        /** @description Another name for `ownerInstitutionIds`: the same filter. */
        ownerInstitutionId?: string[];
        /** @description Milestones any of these institutions is responsible for. Several values: comma-separated or the parameter repeated; any of them matches. */
        ownerInstitutionIds?: string[];
        /** @description Case-insensitive substring of the title. */
        q?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        sector?: string[];
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        status?: ('planned' | 'in_progress' | 'at_risk' | 'blocked' | 'completed' | 'cancelled')[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        summitId?: string[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestonePage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createMilestone: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getMilestone: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteMilestone: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateMilestone: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMilestoneHistory: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listProgress: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description Newest first: asOf descending, then the last reported. A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  reportProgress: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ProgressResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listMilestoneTransitions: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionMilestone: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MilestoneResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission milestones.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listNotifications: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        limit?: number;
        /** @description A field name, `-` in front for descending. */
        sort?: string;
        /** @description true: only the unread. */
        unread?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readNotification: {
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
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['NotificationResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  readAllNotifications: {
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
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadAllResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  countUnreadNotifications: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UnreadCountResponse'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  search: {
    parameters: {
      query: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        limit?: number;
        /** @description Words to find (all must match): prefixes match, case and diacritics are folded, and small typos in names are forgiven. */
        q: string;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        types?: ('document' | 'summit' | 'institution' | 'milestone')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Best first; hidden documents never appear. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchPage'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSubscriptions: {
    parameters: {
      query?: {
        active?: boolean;
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        channel?: ('inbox' | 'email' | 'webhook')[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createSubscription: {
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
        'application/json': components['schemas']['CreateSubscriptionDto'];
      };
    };
    responses: {
      /** @description Created. A webhook answer holds its secret, which is not kept for an Idempotency-Key replay: a retry of a webhook creation with the same key creates another webhook (with another secret) instead of replaying the first. */
      201: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionWithSecretResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSubscription: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteSubscription: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Deleted; inbox notifications already delivered stay. */
      204: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateSubscription: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['UpdateSubscriptionDto'];
      };
    };
    responses: {
      200: {
        headers: {
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SubscriptionResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSubscriptionDeliveries: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSubscriptionDelivery: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        deliveryId: string;
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DeliveryDetailResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  rotateSubscriptionSecret: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
      };
      path: {
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The new secret. It is not kept for an Idempotency-Key replay: a retry with the same key rotates again and answers another secret. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SecretResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission self. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not a webhook subscription. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSummits: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 codes. Summits with any of them among the participating countries. Several values: comma-separated or the parameter repeated; any of them matches. */
        countries?: string[];
        /** @description ISO 3166-1 alpha-2 codes. Summits hosted by or with the participation of any of them. Several values: comma-separated or the parameter repeated; any of them matches. */
        country?: string[];
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
        /** @description ISO 3166-1 alpha-2 codes. Summits hosted by any of them. Several values: comma-separated or the parameter repeated; any of them matches. */
        hostCountry?: string[];
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
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
        /** @description Several values: comma-separated or the parameter repeated; any of them matches. */
        status?: ('planned' | 'confirmed' | 'postponed' | 'held' | 'cancelled')[];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createSummit: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getSummit: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  deleteSummit: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateSummit: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSummitHistory: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listSummitTransitions: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['TransitionHistoryItem'][];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission history.read. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  transitionSummit: {
    parameters: {
      query?: never;
      header?: {
        /** @description Makes a retry safe: the first response to this key (per user, kept 24 h) is replayed for a retry of the same request without a second write. The same key with a different request → 422; while the first is still running → 409. A failed first attempt does not keep the key. */
        'Idempotency-Key'?: string;
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SummitResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission registers.write. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        /** @description Opaque cursor: nextCursor of the previous page. */
        cursor?: string;
        /** @description csv (or Accept: text/csv) or xlsx (or Accept: the XLSX media type) downloads every matching row, with the same filters, sort and clearance. */
        format?: 'json' | 'csv' | 'xlsx';
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
      /** @description A page of JSON; with ?format=csv or Accept: text/csv every matching row as CSV, with ?format=xlsx or Accept: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet as XLSX (typed cells, frozen header), with the same filters, sort and clearance. Content-Disposition names the file. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPage'];
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
          'text/csv': string;
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  createUser: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A replay (same Idempotency-Key) of a request whose result you may no longer see. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Transition not allowed from the current status (lists `allowed`), or a unique value taken. */
      409: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getUser: {
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  updateUser: {
    parameters: {
      query?: never;
      header?: {
        /** @description The ETag ("<version>") you last read; a stale one gets 412 and changes nothing. */
        'If-Match'?: string;
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
          ETag: components['headers']['ETag'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponse'];
        };
      };
      /** @description Invalid input: the problem lists each field. */
      400: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description No token, or an invalid, expired or revoked one. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Needs the permission users.manage. */
      403: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description Not found, or not visible with your clearance. */
      404: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description If-Match names a stale version; nothing changed. */
      412: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is too large. */
      413: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The body is not JSON (send Content-Type: application/json). */
      415: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description A precondition of the change is unmet. */
      422: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
  getLiveness: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LivenessResponse'];
        };
      };
    };
  };
  getReadiness: {
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
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessResponse'];
        };
      };
      /** @description Not ready (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ReadinessResponse'];
        };
      };
    };
  };
  getMetrics: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The Prometheus text exposition format. */
      200: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'text/plain': string;
        };
      };
      /** @description PACTA_METRICS_TOKEN is set and was not presented. */
      401: {
        headers: {
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
      /** @description The database is unavailable (see Retry-After). */
      503: {
        headers: {
          'Retry-After': components['headers']['Retry-After'];
          'X-Request-Id': components['headers']['X-Request-Id'];
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['Problem'];
        };
      };
    };
  };
}
