import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { AppConfig } from '../config/app-config';
import { AuditCheckpoints } from './anchor/audit-checkpoints.service';
import { CheckpointAnchor } from './anchor/checkpoint-anchor';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditCheckpointsController } from './audit-checkpoints.controller';
import { AuditEventsController } from './audit-events.controller';
import { AuditLog } from './audit-log.service';
import { AuditQueries } from './audit-queries.service';

/** Global: every module that touches personal data writes to the one access log. */
@Global()
@Module({
  controllers: [AuditEventsController, AuditCheckpointsController],
  providers: [
    AuditLog,
    AuditQueries,
    AuditChainVerifier,
    AuditCheckpoints,
    Clock,
    {
      provide: CheckpointAnchor,
      inject: [AppConfig],
      useFactory: (config: AppConfig) => CheckpointAnchor.fromConfig(config, { create: true }),
    },
  ],
  exports: [AuditLog, AuditQueries, AuditChainVerifier],
})
export class AuditModule {}
