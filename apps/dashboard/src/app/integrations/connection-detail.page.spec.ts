import { emptyRequired, inputLabel } from './connection-detail.page';

describe('connection detail panels: inputs', () => {
  const params = [
    { key: 'calendarId', label: 'Calendar id', required: true, value: 'primary' },
    { key: 'q', label: 'Q', required: false },
    { key: 'fields', label: 'Fields', required: true },
  ];

  it('names the required inputs that are empty or blank, never optional ones', () => {
    expect(emptyRequired(params, { calendarId: 'primary' })).toEqual(['fields']);
    expect(emptyRequired(params, { calendarId: '  ', fields: 'id' })).toEqual(['calendarId']);
    expect(emptyRequired(params, { calendarId: 'primary', fields: 'id' })).toEqual([]);
    expect(emptyRequired([], {})).toEqual([]);
  });

  it('says an input only an error answer named in words', () => {
    expect(inputLabel('calendarId')).toBe('Calendar id');
    expect(inputLabel('page_id')).toBe('Page id');
    expect(inputLabel('query:limit')).toBe('Query limit');
  });
});
