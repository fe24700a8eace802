import { MailDeliveryError } from '../../mail/mailer';

/** Tries of one mail before it is given up (`failed`): with the back-off below, about two hours. */
export const MAX_MAIL_ATTEMPTS = 8;

const FIRST_RETRY_MS = 60_000;
const LONGEST_WAIT_MS = 60 * 60_000;

/** The wait after the `attempts`-th failed try: 1 min, 2, 4, … doubling, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(FIRST_RETRY_MS * 2 ** Math.max(0, attempts - 1), LONGEST_WAIT_MS);
}

export interface MailFailure {
  permanent: boolean;
  /** What is stored in `mail_error`: a code, never an address or a server's words (they quote addresses). */
  code: string;
}

/** Reads a failed send: a refusal for good (5xx) is not retried; anything else (down, timeout, disk) is. */
export function mailFailure(error: unknown): MailFailure {
  if (error instanceof MailDeliveryError) {
    const code = [error.code ?? 'EMAIL', error.responseCode].filter((part) => part !== undefined).join(' ');
    return { permanent: error.permanent, code };
  }
  const code = (error as { code?: unknown } | null)?.code;
  return { permanent: false, code: typeof code === 'string' ? code.slice(0, 100) : 'EUNEXPECTED' };
}
