/**
 * What of an error may reach the log. A failed query carries its parameters and Postgres' `detail`
 * ("Failing row contains (…)"), i.e. names, dates of birth and BSNs: those stay out. Kept: the kind, the
 * message, the SQLSTATE and the constraint or table it names, and the stack.
 */
export function safeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const source = error as Error & {
    code?: unknown;
    constraint?: unknown;
    table?: unknown;
    driverError?: { code?: unknown; constraint?: unknown; table?: unknown };
  };
  const driver = source.driverError ?? source;
  return {
    type: error.constructor.name,
    message: stripValues(error.message),
    code: typeof driver.code === 'string' ? driver.code : undefined,
    constraint: typeof driver.constraint === 'string' ? driver.constraint : undefined,
    table: typeof driver.table === 'string' ? driver.table : undefined,
    stack: error.stack?.split('\n').slice(1).join('\n'),
  };
}

/** Postgres quotes offending values in some messages (`invalid input syntax for type date: "…"`). */
function stripValues(message: string): string {
  return message.replace(/: "[^"]*"/g, ': "[value]"');
}
