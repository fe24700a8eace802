import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MunicipalityEntity } from './entities/municipality.entity';
import { RegionEntity } from './entities/region.entity';
import { MunicipalitiesController } from './municipalities.controller';
import { RegionsController } from './regions.controller';
import { RegionsService } from './regions.service';

@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, MunicipalityEntity])],
  controllers: [RegionsController, MunicipalitiesController],
  providers: [RegionsService],
})
export class RegionsModule {}
