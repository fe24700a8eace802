import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'sluitend:is-public';

/** Opts a route out of the global sign-in requirement; everything else needs a session. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
