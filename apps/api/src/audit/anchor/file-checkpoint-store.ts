import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { formatCheckpointLine, parseCheckpointLog, type CheckpointLog } from './checkpoint-log';
import type { CheckpointStore } from './checkpoint-sink';
import type { SignedCheckpoint } from './checkpoint';

/**
 * JSON lines in one file, opened for appending only. Put it where the database's administrators have no
 * write access (another volume, `chattr +a`); by default DATA_DIR/audit-checkpoints.jsonl.
 */
export class FileCheckpointStore implements CheckpointStore {
  constructor(private readonly path: string) {}

  get description(): string {
    return `file ${this.path}`;
  }

  async append(checkpoint: SignedCheckpoint): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const file = await open(this.path, 'a', 0o640);
    try {
      // One write of a whole line with O_APPEND, then to disk before the database records it as written.
      await file.write(formatCheckpointLine(checkpoint));
      await file.datasync();
    } finally {
      await file.close();
    }
  }

  async read(): Promise<CheckpointLog | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return parseCheckpointLog(text);
  }
}
