import type { Role, Sector } from '@sluitend/domain';
import type { Request } from 'express';

/** Who is asking, loaded fresh from the database on every request so a deactivation takes effect at once. */
export interface AuthenticatedUser {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisation: { id: string; name: string; sector: Sector; regionId: string };
  /** Where the request came from, for the access log: the client address and a digest of the session id. */
  origin: RequestOrigin;
}

export interface RequestOrigin {
  ip: string | null;
  sessionDigest: string | null;
}

export interface AuthenticatedRequest extends Request {
  user?: AuthenticatedUser;
}
