import { Module } from '@nestjs/common';

/** Escalations to the Actietafel and their agreements (owned by the escalations work). */
@Module({})
export class EscalationsModule {}
