import { Inject, Injectable } from '@nestjs/common';
import type { DependencyState } from '@sluitend/domain';
import type Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { dependencyUnavailable } from '../common/problem/dependency-unavailable';
import { REDIS } from '../redis/redis.module';
import { HealthResponseDto } from './dto/health-response.dto';

const CHECK_TIMEOUT_MS = 2000;

async function probe(check: () => Promise<unknown>): Promise<DependencyState> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), CHECK_TIMEOUT_MS);
  });
  try {
    await Promise.race([check(), timeout]);
    return 'up';
  } catch {
    return 'down';
  } finally {
    clearTimeout(timer);
  }
}

@Injectable()
export class HealthService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
  ) {}

  async check(): Promise<HealthResponseDto> {
    const [postgres, redis] = await Promise.all([
      probe(() => this.dataSource.query('SELECT 1')),
      probe(() => this.redis.ping()),
    ]);
    const checks = { postgres, redis };
    const down = Object.entries(checks)
      .filter(([, state]) => state === 'down')
      .map(([name]) => name);
    if (down.length > 0) {
      throw dependencyUnavailable(down, { checks });
    }
    return { status: 'ok', checks };
  }
}
