import { Type } from 'class-transformer';
import { IsObject, IsOptional, IsString, ValidateIf, ValidateNested } from 'class-validator';
import { ApiException } from './api-exception';
import { createValidationPipe } from './validation-pipe';

class Inner {
  @IsOptional() @IsString() label?: string;
}

class Dto {
  @IsOptional() @IsString() name?: string;
  @ValidateIf((_o, v) => v !== undefined) @IsString() strict?: string;
  @IsOptional() @IsObject() input?: Record<string, unknown>;
  @IsOptional() @ValidateNested() @Type(() => Inner) inner?: Inner;
}

describe('createValidationPipe', () => {
  const pipe = createValidationPipe();
  const body = (value: unknown) => pipe.transform(value, { type: 'body', metatype: Dto });

  it('drops null from optional fields, nested DTOs included, and keeps the nulls of free-form objects', async () => {
    const out = (await body({ name: null, input: { a: null }, inner: { label: null } })) as Dto;
    expect(out).toBeInstanceOf(Dto);
    expect(JSON.parse(JSON.stringify(out))).toEqual({ input: { a: null }, inner: {} });
    expect('name' in out).toBe(false);
  });

  it('still refuses null where a field says it must not be null', async () => {
    await expect(body({ strict: null })).rejects.toBeInstanceOf(ApiException);
  });

  it('refuses query and route values with a NUL or a lone surrogate, naming them', async () => {
    const refusal = async (value: unknown, type: 'query' | 'param', data?: string) => {
      try {
        await pipe.transform(value, { type, data, metatype: String });
        return undefined;
      } catch (err) {
        return (err as ApiException).toBody().error;
      }
    };
    expect((await refusal('a\u0000', 'param', 'id'))?.details).toEqual([{ field: 'id', errors: ['must not contain NUL characters'] }]);
    expect((await refusal({ status: '\ud800' }, 'query'))?.details).toEqual([
      { field: 'status', errors: [expect.stringContaining('lone UTF-16 surrogate')] },
    ]);
    expect((await refusal({ 'a\u0000': '1' }, 'query'))?.details).toEqual([
      { field: 'query', errors: ['field names must not contain NUL characters'] },
    ]);
    expect(await refusal('ok', 'param', 'id')).toBeUndefined();
  });
});
