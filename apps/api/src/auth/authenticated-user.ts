import type { Role, Sector } from '@sluitend/domain';
import type { Request } from 'express';

/** Who is asking, loaded fresh from the database on every request so a deactivation takes effect at once. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisation: { id: string; name: string; sector: Sector };
}

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}
