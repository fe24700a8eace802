import type { Role } from '../people/role';
import type { Sector } from '../people/sector';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  roles: Role[];
  organisation: { id: string; name: string; sector: Sector };
}

/** Angular's HttpClient reads this cookie and echoes it in the header (its XSRF convention). */
export const XSRF_COOKIE = 'XSRF-TOKEN';
export const XSRF_HEADER = 'X-XSRF-TOKEN';
