import { createSocket } from 'node:dgram';
import { hostname } from 'node:os';
import { formatCheckpointLine } from './checkpoint-log';
import type { CheckpointSink } from './checkpoint-sink';
import type { SignedCheckpoint } from './checkpoint';

/**
 * A copy of every checkpoint to a syslog server over UDP (RFC 5424, facility local0, severity notice), where
 * it lands outside both the database and this machine. UDP may lose a datagram: the file stays the record.
 */
export class SyslogCheckpointSink implements CheckpointSink {
  private readonly host: string;
  private readonly port: number;

  /** `target` is `host:port`, validated by the configuration. */
  constructor(target: string) {
    const separator = target.lastIndexOf(':');
    this.host = target.slice(0, separator).replace(/^\[|\]$/g, '');
    this.port = Number(target.slice(separator + 1));
  }

  get description(): string {
    return `syslog udp ${this.host}:${this.port}`;
  }

  append(checkpoint: SignedCheckpoint): Promise<void> {
    const priority = 16 * 8 + 5;
    const message = `<${priority}>1 ${checkpoint.at} ${hostname()} sluitend - audit-checkpoint - ${formatCheckpointLine(checkpoint).trimEnd()}`;
    const socket = createSocket(this.host.includes(':') ? 'udp6' : 'udp4');
    return new Promise<void>((resolve, reject) => {
      socket.send(message, this.port, this.host, (error) => {
        socket.close();
        if (error) reject(error);
        else resolve();
      });
    });
  }
}
