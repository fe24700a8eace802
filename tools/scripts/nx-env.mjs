/** Nx without its cloud and daemon: the same behaviour on a laptop, a fresh clone and CI. */
export const nxEnv = { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' };
