import { isUuid, UuidParamPipe } from './uuid';

describe('uuid params', () => {
  it('recognises canonical uuids only', () => {
    expect(isUuid('0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01')).toBe(true);
    expect(isUuid('0B5C2A1E-6F1D-4C53-9A0B-3F5D1F6A7E01')).toBe(true);
    for (const bad of [
      '',
      '1',
      '0b5c2a1e6f1d4c539a0b3f5d1f6a7e01',
      '0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e0g',
      ' 0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01',
    ]) {
      expect(isUuid(bad)).toBe(false);
    }
  });

  it('lower-cases valid ids and throws the domain error for bad ones', () => {
    const notFound = new Error('member_not_found');
    const pipe = new UuidParamPipe(() => notFound);
    expect(pipe.transform('0B5C2A1E-6F1D-4C53-9A0B-3F5D1F6A7E01')).toBe('0b5c2a1e-6f1d-4c53-9a0b-3f5d1f6a7e01');
    expect(() => pipe.transform("1' OR 1=1")).toThrow(notFound);
  });
});
