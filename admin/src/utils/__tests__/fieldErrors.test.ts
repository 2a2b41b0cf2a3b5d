import { getServerFieldErrors, toFieldErrors } from '../fieldErrors';

describe('toFieldErrors', () => {
  it('keeps the first issue of each top-level field', () => {
    expect(
      toFieldErrors([
        { path: ['name'], message: 'too short' },
        { path: ['name'], message: 'second issue' },
        { path: ['allowedCountries', 1], message: 'country' },
      ])
    ).toEqual({ name: 'too short', allowedCountries: 'country' });
  });
});

describe('getServerFieldErrors', () => {
  const thrown = (error: unknown) => ({ name: 'FetchError', response: { data: { data: null, error } } });

  it('Given a Strapi ValidationError, it returns the messages by field', () => {
    const error = thrown({
      status: 400,
      name: 'ValidationError',
      message: '2 errors occurred',
      details: {
        errors: [
          { path: ['stopShortCode'], message: 'stopShortCode', name: 'ValidationError' },
          { path: ['maxSegments'], message: 'Too big', name: 'ValidationError' },
        ],
      },
    });
    expect(getServerFieldErrors(error)).toEqual({ stopShortCode: 'stopShortCode', maxSegments: 'Too big' });
  });

  it('Given any other error, it returns null so the page shows a notification instead', () => {
    expect(
      getServerFieldErrors(thrown({ status: 403, name: 'ForbiddenError', message: 'Forbidden', details: {} }))
    ).toBeNull();
    expect(getServerFieldErrors(new TypeError('Failed to fetch'))).toBeNull();
    expect(
      getServerFieldErrors(thrown({ status: 400, name: 'ValidationError', message: 'x', details: {} }))
    ).toBeNull();
  });
});
