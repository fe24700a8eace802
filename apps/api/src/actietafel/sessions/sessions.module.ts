import { Module } from '@nestjs/common';

/** Actietafel sessions: planning, agenda, session mode and minutes. */
@Module({})
export class SessionsModule {}
