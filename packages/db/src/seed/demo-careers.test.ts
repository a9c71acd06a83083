import { describe, expect, it } from 'vitest';
import { DEMO_LEFT_GOVERNMENT, demoCareer, levelOf } from './demo-careers.ts';
import { demoProfile } from './demo-people.ts';

const careers = Array.from({ length: 70 }, (_, index) => demoCareer(index));

describe('the demo alumni’s careers', () => {
  it('lead with one post held now, the one the profile names unless the member left government', () => {
    for (const [index, career] of careers.entries()) {
      const [current] = career;
      expect(current?.to, `member${index + 1}`).toBeNull();
      expect(career.filter((post) => post.to === null)).toHaveLength(1);
      const left = DEMO_LEFT_GOVERNMENT.includes(index + 1);
      expect(current?.level === 'outside_government', `member${index + 1}`).toBe(left);
      const named = left ? career[1] : current;
      expect(named?.organisation).toBe(demoProfile(index).organisation);
    }
  });

  it('run in order: each post ends before the next begins, and none starts after 2025', () => {
    for (const career of careers) {
      const oldestFirst = [...career].reverse();
      for (const [at, post] of oldestFirst.entries()) {
        if (post.to !== null) expect(post.to >= post.from).toBe(true);
        const next = oldestFirst[at + 1];
        if (next) expect(post.to !== null && post.to < next.from).toBe(true);
        expect(post.from < '2026-01').toBe(true);
      }
    }
  });

  it('cover every level of government', () => {
    const levels = new Set(careers.flat().map((post) => post.level));
    expect([...levels].sort()).toEqual(['local', 'national', 'outside_government', 'regional']);
    expect(levelOf('City of Mostar')).toBe('local');
    expect(levelOf('Herzegovina-Neretva Canton Ministry of Economy')).toBe('regional');
    expect(levelOf('Public Policy Secretariat of Serbia')).toBe('national');
  });
});
