import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';

/**
 * Entry point of the TypeORM CLI (`nx run api:database:migrate` and friends).
 * It reads DATABASE_URL directly because it runs outside the application and its config.
 */
const url = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/sluitend';
export default new DataSource({ ...dataSourceOptions(url), migrationsRun: false });
