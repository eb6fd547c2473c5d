import { describe, expect, it } from 'vitest';
import { classifyUrl, isVietnamesePhone, phoneDigits, telHref, zaloHref } from '../../src/lib/contact.ts';

describe('isVietnamesePhone', () => {
  it.each([
    '0912 345 678',
    '0912345678',
    '0912.345.678',
    '0912-345-678',
    '0275.3843.555',
    '0275 3843 555',
    '+84 912 345 678',
    '+84912345678',
    '84912345678',
    '0385 226 190',
    '0219 3825 606',
    '1900 1234',
    '1800 1234',
    '1900 1234 56',
    ' 0912 345 678 ',
  ])('accepts %j', (phone) => {
    expect(isVietnamesePhone(phone)).toBe(true);
  });

  it('accepts "(0275) 3843 555" (area code in brackets)', () => {
    expect(isVietnamesePhone('(0275) 3843 555')).toBe(true);
  });

  it.each([
    '12345',
    '0123456789', // 01x mobile prefixes were retired in 2018
    '0612 345 678',
    '091 234 567', // 9 digits
    '09123456789', // 11 digits
    '+1 212 555 0100',
    '+84 123',
    '1900 123',
    'gọi 0912 345 678',
    '0912 345 678 (anh Chá)',
    '0912345678 / 0987654321',
    '',
    'abc',
  ])('refuses %j', (phone) => {
    expect(isVietnamesePhone(phone)).toBe(false);
  });
});

describe('phoneDigits', () => {
  it.each([
    ['+84 912.345.678', '0912345678'],
    ['0275.3843.555', '02753843555'],
    ['84912345678', '0912345678'],
    ['(0275) 3843-555', '02753843555'],
    ['1900 1234', '19001234'],
  ])('%j → %j', (phone, digits) => {
    expect(phoneDigits(phone)).toBe(digits);
  });
});

describe('telHref', () => {
  it.each([
    ['0912 345 678', 'tel:+84912345678'],
    ['0275.3843.555', 'tel:+842753843555'],
    ['+84 912 345 678', 'tel:+84912345678'],
    ['1900 1234', 'tel:19001234'],
  ])('%j → %j', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });
});

describe('classifyUrl', () => {
  it.each([
    ['https://htx.example.vn', 'http'],
    ['http://htx.example.vn/san-pham?id=1', 'http'],
    ['HTTPS://HTX.EXAMPLE.VN', 'http'],
    ['  https://facebook.com/htx  ', 'http'],
    ['https://zalo.me/0912345678', 'http'],
    ['javascript:alert(1)', 'unsafe'],
    [' JaVaScRiPt:alert(1)', 'unsafe'],
    ['java\tscript:alert(1)', 'unsafe'],
    ['java\nscript:alert(1)', 'unsafe'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafe'],
    ['vbscript:msgbox(1)', 'unsafe'],
    ['file:///etc/passwd', 'unsafe'],
    ['ftp://htx.example.vn', 'unsafe'],
    ['www.x.vn', 'missingScheme'],
    ['facebook.com/htx', 'missingScheme'],
    ['htx.example.vn/san-pham', 'missingScheme'],
    ['https://localhost', 'invalid'],
    ['https://', 'invalid'],
    ['trang web của htx', 'invalid'],
    ['htx', 'invalid'],
    ['', 'invalid'],
  ])('%j → %s', (value, kind) => {
    expect(classifyUrl(value)).toBe(kind);
  });
});

describe('zaloHref', () => {
  it.each([
    ['0912 345 678', 'https://zalo.me/0912345678'],
    ['+84 912 345 678', 'https://zalo.me/0912345678'],
    ['0912.345.678', 'https://zalo.me/0912345678'],
    ['https://zalo.me/0385226190', 'https://zalo.me/0385226190'],
    ['  https://zalo.me/g/abcdef  ', 'https://zalo.me/g/abcdef'],
  ])('%j → %j', (zalo, href) => {
    expect(zaloHref(zalo)).toBe(href);
  });
});
