import type { Repository } from 'typeorm';
import type { UserEntity } from '../users/entities/user.entity';
import type { AuthenticatedRequest, AuthenticatedUser } from './authenticated-user';
import { requestOrigin } from './request-origin';
import { toAuthenticatedUser } from './to-authenticated-user';

/**
 * The user behind the request's session, loaded fresh so a deactivation takes effect at once; a session of
 * a deactivated user (or organisation) is ended. Shared by the API's guard and the express-mounted admin tools.
 */
export async function sessionUser(
  request: AuthenticatedRequest,
  users: Repository<UserEntity>,
): Promise<AuthenticatedUser | null> {
  const userId = request.session?.userId;
  if (!userId) return null;
  const user = await users.findOne({ where: { id: userId }, relations: { organisation: true } });
  if (!user || !user.active || !user.organisation.active) {
    await new Promise<void>((resolve) => request.session.destroy(() => resolve()));
    return null;
  }
  return toAuthenticatedUser(user, requestOrigin(request));
}
