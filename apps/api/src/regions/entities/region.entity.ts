import type { LifeDomainDefinition } from '@sluitend/domain';
import { Column, CreateDateColumn, Entity, OneToMany, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { MunicipalityEntity } from './municipality.entity';

@Entity({ name: 'region' })
@Unique('uq_region_name', ['name'])
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_region' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  /** Regions use different plan templates: the life domains a toekomstplan is organised by, in order. */
  @Column({ name: 'life_domains', type: 'jsonb' })
  lifeDomains!: LifeDomainDefinition[];

  @OneToMany(() => MunicipalityEntity, (municipality) => municipality.region)
  municipalities!: MunicipalityEntity[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
