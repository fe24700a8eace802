declare module 'express-session' {
  interface SessionData {
    userId: string;
    /** How the user signed in: 'password' now, an OIDC issuer later. */
    method: string;
    /** When (epoch ms) the user signed in: the absolute lifetime counts from here, however active the session. */
    signedInAt: number;
  }
}

export const SESSION_COOKIE = 'sluitend.sid';
export const SESSION_TABLE = 'http_session';
