import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { UserEntity } from './entities/user.entity';
import { ColleaguesController } from './colleagues.controller';
import { ColleaguesService } from './colleagues.service';
import { UsersController } from './users.controller';
import { UsersService } from './users.service';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuthModule],
  controllers: [UsersController, ColleaguesController],
  providers: [UsersService, ColleaguesService],
})
export class UsersModule {}
