import { headerParam, multipartFields, multipartResource, parseMultipart } from './multipart-parser';

const DRIVE_SCHEMA = {
  type: 'object',
  required: ['metadata', 'media'],
  properties: { metadata: { type: 'object', properties: { name: { type: 'string' } } }, media: { type: 'string', format: 'binary' } },
};

function related(boundary: string, parts: Array<[string[], string | Buffer]>, eol = '\r\n'): Buffer {
  const chunks: Buffer[] = [];
  for (const [headers, body] of parts) {
    chunks.push(Buffer.from(`--${boundary}${eol}${headers.map((h) => h + eol).join('')}${eol}`));
    chunks.push(typeof body === 'string' ? Buffer.from(body) : body);
    chunks.push(Buffer.from(eol));
  }
  chunks.push(Buffer.from(`--${boundary}--${eol}`));
  return Buffer.concat(chunks);
}

describe('multipart parsing', () => {
  it('splits a multipart/related upload into its JSON metadata and media parts (what the runtime sends)', () => {
    const raw = related('patchbay-abc', [
      [['Content-Type: application/json; charset=UTF-8'], JSON.stringify({ name: 'report.csv', mimeType: 'text/csv' })],
      [['Content-Type: text/csv'], 'a,b\r\n1,2\r\n'],
    ]);
    const r = parseMultipart('multipart/related; boundary=patchbay-abc', raw);
    if (!r.ok) throw new Error(r.reason);
    expect(r.parts.map((p) => p.contentType)).toEqual(['application/json', 'text/csv']);
    expect(JSON.parse(r.parts[0].data.toString())).toEqual({ name: 'report.csv', mimeType: 'text/csv' });
    // The CRLF before the next delimiter belongs to the delimiter; the content's own line ends stay.
    expect(r.parts[1].data.toString()).toBe('a,b\r\n1,2\r\n');
    expect(multipartResource('multipart/related', r.parts)).toEqual({ name: 'report.csv', mimeType: 'text/csv' });
    expect(multipartFields(DRIVE_SCHEMA, 'multipart/related', r.parts)).toEqual({
      metadata: { name: 'report.csv', mimeType: 'text/csv' },
      media: 'a,b\r\n1,2\r\n',
    });
  });

  it('keeps binary content byte for byte, including bytes that look like line ends and dashes', () => {
    const bytes = Buffer.from([0, 255, 13, 10, 45, 45, 13, 10, 13, 10, 128, 7]);
    const raw = related('b0undary', [
      [['Content-Type: application/json'], '{}'],
      [['Content-Type: application/octet-stream'], bytes],
    ]);
    const r = parseMultipart('multipart/related; boundary="b0undary"', raw);
    if (!r.ok) throw new Error(r.reason);
    expect(r.parts[1].data.equals(bytes)).toBe(true);
  });

  it('ignores the preamble and epilogue, takes quoted boundaries, bare LF line ends, folded headers and headerless parts', () => {
    const raw = Buffer.from(
      'This is the preamble.\r\n--xyz \r\nContent-Type: application/json;\r\n charset=UTF-8\r\n\r\n{"name":"a"}\r\n--xyz\r\n\r\nplain part\r\n--xyz--\r\nepilogue text',
    );
    const r = parseMultipart('multipart/related; type="application/json"; boundary="xyz"', raw);
    if (!r.ok) throw new Error(r.reason);
    expect(r.parts).toHaveLength(2);
    expect(r.parts[0].headers['content-type']).toBe('application/json; charset=UTF-8');
    expect(r.parts[1].contentType).toBe('text/plain');
    expect(r.parts[1].data.toString()).toBe('plain part');
    const lf = parseMultipart('multipart/related; boundary=q', related('q', [[['Content-Type: application/json'], '{"x":1}']], '\n'));
    expect(lf.ok && lf.parts[0].data.toString()).toBe('{"x":1}');
  });

  it('refuses bodies without a boundary, without the boundary in them, or truncated before the closing delimiter', () => {
    expect(parseMultipart('multipart/related', Buffer.from('--a\r\n\r\nx\r\n--a--'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/boundary/),
    });
    expect(parseMultipart('multipart/related; boundary=zzz', Buffer.from('--a\r\n\r\nx\r\n--a--'))).toMatchObject({ ok: false });
    expect(parseMultipart('multipart/related; boundary=a', Buffer.from('--a\r\nContent-Type: text/plain\r\n\r\nno end'))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/final boundary/),
    });
    expect(parseMultipart('multipart/related; boundary=a', Buffer.from('--a\r\nno header colon\r\n\r\nx\r\n--a--'))).toMatchObject({ ok: false });
  });

  it('form-data parts are fields by name (JSON parts parsed, files by their field name)', () => {
    const raw = related('f', [
      [['Content-Disposition: form-data; name="title"'], 'Hello'],
      [['Content-Disposition: form-data; name="meta"', 'Content-Type: application/json'], '{"a":1}'],
      [['Content-Disposition: form-data; name="file"; filename="r.txt"', 'Content-Type: text/plain'], 'file body'],
    ]);
    const r = parseMultipart('multipart/form-data; boundary=f', raw);
    if (!r.ok) throw new Error(r.reason);
    expect(r.parts[2]).toMatchObject({ name: 'file', filename: 'r.txt' });
    expect(multipartFields(undefined, 'multipart/form-data', r.parts)).toEqual({ title: 'Hello', meta: { a: 1 }, file: 'file body' });
    expect(multipartResource('multipart/form-data', r.parts)).toEqual({ title: 'Hello', meta: { a: 1 }, file: 'file body' });
  });

  it('headerParam reads quoted and bare parameters without confusing name and filename', () => {
    expect(headerParam('form-data; filename="a.txt"; name="f"', 'name')).toBe('f');
    expect(headerParam('form-data; filename="a.txt"; name="f"', 'filename')).toBe('a.txt');
    expect(headerParam('multipart/related; boundary="with \\"quote\\""', 'boundary')).toBe('with "quote"');
    expect(headerParam('multipart/related;boundary=plain', 'boundary')).toBe('plain');
    expect(headerParam('multipart/related', 'boundary')).toBeUndefined();
  });
});
