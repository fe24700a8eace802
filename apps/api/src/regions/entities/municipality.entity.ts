import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { RegionEntity } from './region.entity';

@Entity({ name: 'municipality' })
@Unique('uq_municipality_region_name', ['regionId', 'name'])
export class MunicipalityEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_municipality' })
  id!: string;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Index('ix_municipality_region')
  @Column({ name: 'region_id', type: 'uuid' })
  regionId!: string;

  @ManyToOne(() => RegionEntity, (region) => region.municipalities, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_id', foreignKeyConstraintName: 'fk_municipality_region' })
  region!: RegionEntity;
}
