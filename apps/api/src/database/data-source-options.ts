import type { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';

/** The one source of database options, used by the app, the tests and the migration CLI. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into Postgres 13+, so no extension needs installing.
    uuidExtension: 'pgcrypto',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsRun: true,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // JIT off for every connection: our queries are short aggregates whose row estimates can be far off (a
    // lead-time join estimated at 14.7M rows, really 20k), and JIT then spends ~350 ms compiling a query
    // that runs in ~90 ms (bench/README.md, monitoring).
    extra: { max: 10, connectionTimeoutMillis: 5000, options: '-c jit=off' },
  };
}
