export default async function globalTeardown(): Promise<void> {
  await (globalThis as { stopEmbeddedPostgres?: () => Promise<void> }).stopEmbeddedPostgres?.();
}
