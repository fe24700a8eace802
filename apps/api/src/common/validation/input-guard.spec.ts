import { inputProblems, MAX_INPUT_DEPTH } from './input-guard';
import { ParseInt4Pipe } from './parse-int4.pipe';

const fields = (input: unknown, root = '') => inputProblems(input, root).map((problem) => problem.field);

describe('inputProblems', () => {
  it('accepts ordinary input, emoji (a surrogate pair) included', () => {
    expect(inputProblems({ name: 'Zoë 🙂', tags: ['a', { b: 1 }], empty: null })).toEqual([]);
  });

  it('names a field nested deeper than the limit, without overflowing the stack at 20,000 levels', () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`);
    const found = fields({ content: deep });
    expect(found).toHaveLength(1);
    expect(found[0].startsWith('content.0.')).toBe(true);
    expect(found[0].split('.')).toHaveLength(MAX_INPUT_DEPTH);
  });

  it('names strings with a NUL character or a lone surrogate, in keys too', () => {
    expect(fields({ a: 'x\u0000y', b: { c: '\ud800' }, d: ['\udc00z'] })).toEqual(
      expect.arrayContaining(['a', 'b.c', 'd.0']),
    );
    expect(fields({ nested: { 'bad\u0000key': 1 } })).toEqual(['nested']);
  });

  it('names prototype keys, which JSON.parse keeps as own keys', () => {
    expect(fields(JSON.parse('{"__proto__":{"x":1},"inner":{"constructor":{"prototype":1}}}'))).toEqual(
      expect.arrayContaining(['__proto__', 'inner.constructor']),
    );
  });

  it('names a query or path value by its parameter', () => {
    expect(fields('a\u0000b', 'search')).toEqual(['search']);
  });
});

describe('ParseInt4Pipe', () => {
  const pipe = new ParseInt4Pipe();
  const metadata = { type: 'param', data: 'number' } as const;

  it('passes a whole number that fits int4', () => {
    expect(pipe.transform('2147483647', metadata)).toBe(2147483647);
  });

  it.each(['2147483648', '99999999999999999999', '1e3', '1.5', '', 'x'])('refuses %p naming the parameter', (value) => {
    expect(() => pipe.transform(value, metadata)).toThrow(
      expect.objectContaining({ status: 400, extensions: { errors: [expect.objectContaining({ field: 'number' })] } }),
    );
  });
});
