import { Injectable } from '@nestjs/common';
import type { ColleagueRole } from '@sluitend/domain';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, type Repository } from 'typeorm';
import type { ColleagueResponseDto } from './dto/colleague-response.dto';
import { UserEntity } from './entities/user.entity';

const MAX_RESULTS = 20;

/**
 * Colleagues of any organisation with one role: professionals to add to a case team, or the chairs, members
 * and professionals a coordinator puts on a session. Names and organisations only.
 */
@Injectable()
export class ColleaguesService {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async search(text: string | undefined, role: ColleagueRole = 'professional'): Promise<ColleagueResponseDto[]> {
    const query = this.users
      .createQueryBuilder('u')
      .innerJoinAndSelect('u.organisation', 'o')
      .where('u.active AND o.active')
      .andWhere(':role = ANY(u.roles)', { role })
      .orderBy('u.name', 'ASC')
      .take(MAX_RESULTS);
    const term = text?.trim().toLowerCase();
    if (term) {
      const pattern = `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
      query.andWhere(
        new Brackets((where) =>
          where.where('lower(u.name) LIKE :pattern', { pattern }).orWhere('u.email LIKE :pattern'),
        ),
      );
    }
    const users = await query.getMany();
    return users.map((user) => ({
      userId: user.id,
      name: user.name,
      organisationName: user.organisation.name,
      sector: user.organisation.sector,
    }));
  }
}
