import { describe, expect, it } from 'vitest';
import { parseNumber } from '@/components/quiz/parseNumber';
import { safeCallbackUrl } from '@/components/auth/callbackUrl';
import { formatRelError, formatScore } from '@/components/workbench/format';

describe('parseNumber (quiz answers)', () => {
  it('accepts the ways students write numbers', () => {
    expect(parseNumber('0.25')).toBe(0.25);
    expect(parseNumber(' -3 ')).toBe(-3);
    expect(parseNumber('1e-3')).toBe(0.001);
    expect(parseNumber('2.5E+4')).toBe(25000);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('0,25')).toBe(0.25);
    expect(parseNumber('\u22122')).toBe(-2);
  });
  it('tells an empty field from garbage', () => {
    expect(parseNumber('   ')).toBeNull();
    expect(parseNumber('twelve')).toBeNaN();
    expect(parseNumber('1/4')).toBeNaN();
    expect(parseNumber('0x10')).toBeNaN();
    expect(parseNumber('Infinity')).toBeNaN();
  });
});

describe('safeCallbackUrl (after sign-in)', () => {
  it('keeps paths on this site', () => {
    expect(safeCallbackUrl('/exercises/softmax')).toBe('/exercises/softmax');
    expect(safeCallbackUrl(['/progress', '/x'])).toBe('/progress');
  });
  it('never redirects elsewhere', () => {
    for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', undefined]) {
      expect(safeCallbackUrl(bad)).toBe('/');
    }
  });
});

describe('result formatting', () => {
  it('shows scores without float noise and relative errors in scientific notation', () => {
    expect(formatScore(12, 12)).toBe('12 / 12');
    expect(formatScore(2.5, 4)).toBe('2.5 / 4');
    expect(formatScore(1 / 3, 1)).toBe('0.33 / 1');
    expect(formatScore(null, 4)).toBe('—');
    expect(formatRelError(1.234e-9)).toBe('1.23e-9');
    expect(formatRelError(NaN)).toBe('NaN');
  });
});
