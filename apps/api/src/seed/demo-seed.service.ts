import { Injectable, Logger } from '@nestjs/common';
import { DEFAULT_LIFE_DOMAINS } from '@sluitend/domain';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '../auth/password-hasher.service';
import { OrganisationEntity } from '../organisations/entities/organisation.entity';
import { MunicipalityEntity } from '../regions/entities/municipality.entity';
import { RegionEntity } from '../regions/entities/region.entity';
import { UserEntity } from '../users/entities/user.entity';
import { Clock } from '../common/time/clock';
import { ReminderPlanner } from '../reminders/reminder-planner';
import { seedDemoActietafel } from './demo-actietafel';
import { seedDemoCases } from './demo-cases';
import { DEMO_ORGANISATIONS, DEMO_REGION, DEMO_USERS } from './demo-data';
import { seedDemoMonitoring } from './demo-monitoring';
import { planDemoReminders, seedAgeClockJongeren } from './demo-reminders';

@Injectable()
export class DemoSeedService {
  private readonly logger = new Logger(DemoSeedService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly clock: Clock,
    private readonly reminders: ReminderPlanner,
  ) {}

  /** Seeds only an empty database; returns whether it did. Safe when several instances start at once. */
  async seedIfEmpty(password: string, options = { cases: true }): Promise<boolean> {
    const hashes = await Promise.all(DEMO_USERS.map(() => this.hasher.hash(password)));
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('sluitend:demo-seed'))`);
      if ((await manager.count(RegionEntity)) > 0) return false;
      const region = await manager.save(
        manager.create(RegionEntity, { name: DEMO_REGION.name, lifeDomains: DEFAULT_LIFE_DOMAINS }),
      );
      const municipalities = await manager.save(
        DEMO_REGION.municipalities.map((name) => manager.create(MunicipalityEntity, { name, regionId: region.id })),
      );
      const organisationIds = new Map<string, string>();
      for (const organisation of DEMO_ORGANISATIONS) {
        const saved = await manager.save(
          manager.create(OrganisationEntity, {
            name: organisation.name,
            sector: organisation.sector,
            regionId: region.id,
          }),
        );
        organisationIds.set(organisation.key, saved.id);
      }
      const users = await manager.save(
        DEMO_USERS.map((user, index) =>
          manager.create(UserEntity, {
            email: user.email,
            name: user.name,
            roles: user.roles,
            organisationId: organisationIds.get(user.organisation),
            passwordHash: hashes[index],
          }),
        ),
      );
      if (options.cases) {
        const people = {
          users: new Map(users.map((user) => [user.email, user.id])),
          organisations: organisationIds,
          municipalities: new Map(municipalities.map((municipality) => [municipality.name, municipality.id])),
          lifeDomains: region.lifeDomains,
          today: this.clock.today(),
        };
        const cases = await seedDemoCases(manager, people);
        await seedDemoActietafel(manager, { ...people, regionId: region.id }, cases);
        await seedAgeClockJongeren(manager, people);
        await seedDemoMonitoring(manager, { ...people, regionId: region.id });
        await planDemoReminders(manager, this.reminders);
      }
      this.logger.log(`Seeded demo region ${DEMO_REGION.name} with ${DEMO_USERS.length} users`);
      return true;
    });
  }
}
