import { Injectable } from '@nestjs/common';
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The secret that signs the session, CSRF and device cookies. main.ts (or a test) decides it and configureApp
 * hands it over once, so services sign with the very key the middleware checks.
 */
@Injectable()
export class SigningKey {
  private secret: string | undefined;

  use(secret: string): void {
    this.secret = secret;
  }

  /** An HMAC over the parts, labelled by purpose so a signature made for one cookie never fits another. */
  sign(purpose: string, ...parts: string[]): string {
    return signWith(this.current(), purpose, ...parts);
  }

  verify(signature: string, purpose: string, ...parts: string[]): boolean {
    return sameText(signature, this.sign(purpose, ...parts));
  }

  current(): string {
    if (!this.secret) throw new Error('SigningKey used before configureApp set the secret');
    return this.secret;
  }
}

export function signWith(secret: string, purpose: string, ...parts: string[]): string {
  return createHmac('sha256', secret)
    .update([purpose, ...parts].join('\n'))
    .digest('base64url');
}

export function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
