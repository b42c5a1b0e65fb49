import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { AttachmentsModule } from './attachments/attachments.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { ProblemFilter } from './common/problem.filter';
import { RequestsInFlight } from './common/requests-in-flight';
import { AppConfig } from './config/app-config';
import { APP_CONFIG } from './config/config.token';
import { DeadlinesModule } from './deadlines/deadlines.module';
import { DocumentsModule } from './documents/documents.module';
import { HealthModule } from './health/health.module';
import { InstitutionsModule } from './institutions/institutions.module';
import { MilestonesModule } from './milestones/milestones.module';
import { type NotificationChannels, NotificationsModule } from './notifications/notifications.module';
import { SearchModule } from './search/search.module';
import { SummitsModule } from './summits/summits.module';
import { UsersModule } from './users/users.module';
import { ImportsModule } from './imports/imports.module';

/**
 * The configuration, the data source and the count of requests in flight (which the HTTP hooks
 * keep), built before Nest starts, shared everywhere.
 */
@Global()
@Module({})
class CoreModule {
  static forRoot(config: AppConfig, dataSource: DataSource, requests: RequestsInFlight): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DataSource, useValue: dataSource },
        { provide: RequestsInFlight, useValue: requests },
      ],
      exports: [APP_CONFIG, DataSource, RequestsInFlight],
    };
  }
}

@Module({})
export class AppModule {
  static forRoot(
    config: AppConfig,
    dataSource: DataSource,
    channels: NotificationChannels = {},
    requests = new RequestsInFlight(),
  ): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, dataSource, requests),
        AuditModule,
        AuthModule,
        UsersModule,
        InstitutionsModule,
        SummitsModule,
        DocumentsModule,
        DeadlinesModule,
        AttachmentsModule,
        SearchModule,
        MilestonesModule,
        CalendarModule,
        NotificationsModule.forRoot(channels),
        ImportsModule,
        HealthModule,
      ],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
