import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../../users/entities/user.entity';
import { QueueDashboardAccess } from './queue-dashboard-access';

/** Its own module because bull-board's root module builds its options (and so its middleware) from it. */
@Module({
  imports: [TypeOrmModule.forFeature([UserEntity])],
  providers: [QueueDashboardAccess],
  exports: [QueueDashboardAccess],
})
export class QueueDashboardAccessModule {}
