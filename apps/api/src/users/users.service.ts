import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { normaliseEmail, roleCombinationProblem, rolesDiffer, type Role } from '@sluitend/domain';
import { DataSource, type Repository } from 'typeorm';
import { adminChangeEvents, adminCreateEvents } from '../audit/admin-audit-events';
import { AuditLog } from '../audit/audit-log.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { PasswordHasher } from '../auth/password-hasher.service';
import { SessionService } from '../auth/session.service';
import { isForeignKeyViolation, isUniqueViolation } from '../common/persistence/unique-violation';
import { updateWithVersion } from '../common/persistence/versioned-update';
import type { CreateUserDto } from './dto/create-user.dto';
import type { UpdateUserDto } from './dto/update-user.dto';
import type { UserResponseDto } from './dto/user-response.dto';
import { UserEntity } from './entities/user.entity';
import { toUserResponse } from './user.mapper';
import {
  cannotChangeOwnRoles,
  cannotDemoteYourself,
  emailTaken,
  rolesNotCombinable,
  unknownOrganisation,
  userNotFound,
} from './users.errors';

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly dataSource: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditLog,
  ) {}

  async list(): Promise<UserResponseDto[]> {
    const all = await this.users.find({ order: { name: 'ASC' } });
    return all.map(toUserResponse);
  }

  async get(id: string): Promise<UserResponseDto> {
    const user = await this.users.findOneBy({ id });
    if (!user) throw userNotFound(id);
    return toUserResponse(user);
  }

  async create(actor: AuthenticatedUser, request: CreateUserDto): Promise<UserResponseDto> {
    assertCombinable(request.roles);
    const passwordHash = await this.hasher.hash(request.password);
    try {
      const saved = await this.dataSource.transaction(async (manager) => {
        const user = await manager.save(
          manager.create(UserEntity, {
            email: normaliseEmail(request.email),
            name: request.name.trim(),
            organisationId: request.organisationId,
            roles: request.roles,
            passwordHash,
          }),
        );
        const fields = ['email', 'name', 'organisationId', 'roles', 'password'];
        await this.audit.writeAll(
          manager,
          adminCreateEvents(actor, { resource: 'user', id: user.id }, fields, user.roles),
        );
        return user;
      });
      return toUserResponse(saved);
    } catch (error) {
      if (isUniqueViolation(error, 'uq_app_user_email')) throw emailTaken();
      if (isForeignKeyViolation(error, 'fk_app_user_organisation')) throw unknownOrganisation();
      throw error;
    }
  }

  async update(actor: AuthenticatedUser, id: string, request: UpdateUserDto): Promise<UserResponseDto> {
    const { version, ...changes } = request;
    // An admin who could grant itself roles could reach any dossier: roles always come from someone else.
    if (actor.id === id && changes.roles && rolesDiffer(actor.roles, changes.roles)) throw cannotChangeOwnRoles();
    if (changes.roles) assertCombinable(changes.roles);
    // Keeps at least the acting admin able to administer: no locking yourself out.
    if (actor.id === id && changes.active === false) throw cannotDemoteYourself();
    try {
      const updated = await this.dataSource.transaction(async (manager) => {
        // Locked, so the access log compares with exactly the row this change replaces.
        const before = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
        const result = await updateWithVersion(manager, UserEntity, id, version, changes, 'User');
        if (changes.active === false) await this.sessions.endAllFor(id, manager);
        if (before)
          await this.audit.writeAll(manager, adminChangeEvents(actor, { resource: 'user', id }, before, changes));
        return result;
      });
      return toUserResponse(updated);
    } catch (error) {
      if (isForeignKeyViolation(error, 'fk_app_user_organisation')) throw unknownOrganisation();
      throw error;
    }
  }
}

function assertCombinable(roles: readonly Role[]): void {
  const problem = roleCombinationProblem(roles);
  if (problem) throw rolesNotCombinable(problem);
}
