import { Global, Module } from '@nestjs/common';
import { Clock } from '../common/time/clock';
import { AuditChainVerifier } from './audit-chain-verifier';
import { AuditEventsController } from './audit-events.controller';
import { AuditLog } from './audit-log.service';
import { AuditQueries } from './audit-queries.service';

/** Global: every module that touches personal data writes to the one access log. */
@Global()
@Module({
  controllers: [AuditEventsController],
  providers: [AuditLog, AuditQueries, AuditChainVerifier, Clock],
  exports: [AuditLog, AuditQueries, AuditChainVerifier],
})
export class AuditModule {}
