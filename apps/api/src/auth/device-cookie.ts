import type { CookieOptions, Request, Response } from 'express';
import { randomBytes } from 'node:crypto';
import type { SigningKey } from './signing-key';

/**
 * OWASP's device cookie: a successful sign-in leaves a signed cookie naming the account and a random device
 * id. An attempt that carries a genuine one for the account it signs in to comes from a browser the user has
 * signed in from before; its failures are counted per device, apart from the anonymous ones that lock the
 * account, so an attacker who locks the account out for strangers does not lock out its owner.
 */
export const DEVICE_COOKIE = 'sluitend.device';
const PURPOSE = 'device';
/** A shared desk computer may know a few colleagues; more than that and the oldest is forgotten. */
const MAX_ACCOUNTS_PER_BROWSER = 5;
const LIFETIME_MS = 180 * 24 * 3_600_000;

interface DeviceToken {
  accountTag: string;
  deviceId: string;
  raw: string;
}

/** The cookie names the account by a keyed digest, not by its email address. */
const accountTag = (key: SigningKey, accountKey: string) => key.sign('device-account', accountKey).slice(0, 22);

function parse(cookie: unknown, key: SigningKey): DeviceToken[] {
  if (typeof cookie !== 'string' || cookie.length > 4000) return [];
  return cookie.split('~').flatMap((raw) => {
    const [tag, deviceId, signature] = raw.split('.');
    if (!tag || !deviceId || !signature) return [];
    return key.verify(signature, PURPOSE, tag, deviceId) ? [{ accountTag: tag, deviceId, raw }] : [];
  });
}

/** The device id this browser holds for the account, when its cookie for it is genuine. */
export function knownDevice(request: Request, key: SigningKey, accountKey: string): string | null {
  const tag = accountTag(key, accountKey);
  return parse(request.cookies?.[DEVICE_COOKIE], key).find((token) => token.accountTag === tag)?.deviceId ?? null;
}

/** After a successful sign-in: this browser is now known for the account (its existing device id is kept). */
export function rememberDevice(request: Request, response: Response, key: SigningKey, accountKey: string): void {
  const tag = accountTag(key, accountKey);
  const tokens = parse(request.cookies?.[DEVICE_COOKIE], key);
  const deviceId = tokens.find((token) => token.accountTag === tag)?.deviceId ?? randomBytes(18).toString('base64url');
  const own = `${tag}.${deviceId}.${key.sign(PURPOSE, tag, deviceId)}`;
  const others = tokens.filter((token) => token.accountTag !== tag).map((token) => token.raw);
  const options: CookieOptions = {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.secure,
    path: '/api/v1/auth',
    maxAge: LIFETIME_MS,
  };
  response.cookie(DEVICE_COOKIE, [own, ...others].slice(0, MAX_ACCOUNTS_PER_BROWSER).join('~'), options);
}
