import { describe, expect, it } from 'vitest';
import { addressGroup } from './address-group.ts';

describe('addressGroup', () => {
  it('keeps an IPv4 address as it is, also when it arrives IPv4-mapped', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('groups IPv6 addresses by their /64, however they are written', () => {
    expect(addressGroup('2001:db8:aa:1::1')).toBe('2001:db8:aa:1::/64');
    expect(addressGroup('2001:0DB8:00aa:0001:ffff:1:2:3')).toBe('2001:db8:aa:1::/64');
    expect(addressGroup('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressGroup('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
    expect(addressGroup('2001:db8:aa:1:2::')).toBe('2001:db8:aa:1::/64');
  });

  it('tells neighbouring /64s apart', () => {
    expect(addressGroup('2001:db8:aa:1::1')).not.toBe(addressGroup('2001:db8:aa:2::1'));
  });
});
