import { MailDeliveryError } from '../../mail/mailer';
import { mailFailure, retryDelayMs } from './mail-retry';

describe('retryDelayMs', () => {
  it('waits a minute after the first failure and doubles, up to an hour', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempts) => retryDelayMs(attempts) / 60_000)).toEqual([
      1, 2, 4, 8, 16, 32, 60, 60,
    ]);
  });
});

describe('mailFailure', () => {
  it('keeps a refused recipient as permanent, with its code and reply code only', () => {
    const refused = new MailDeliveryError('[address]: Recipient address rejected', 'EENVELOPE', 550, true);
    expect(mailFailure(refused)).toEqual({ permanent: true, code: 'EENVELOPE 550' });
  });

  it('retries an unreachable server and anything unforeseen', () => {
    expect(mailFailure(new MailDeliveryError('connect ECONNREFUSED', 'ESOCKET', undefined, false))).toEqual({
      permanent: false,
      code: 'ESOCKET',
    });
    expect(mailFailure(Object.assign(new Error('no space'), { code: 'ENOSPC' }))).toEqual({
      permanent: false,
      code: 'ENOSPC',
    });
    expect(mailFailure(new Error('boom'))).toEqual({ permanent: false, code: 'EUNEXPECTED' });
  });
});
