import { describe, expect, it } from 'vitest';
import { assignRoles } from './assign-roles.js';

const speakers = [
  { id: 'ann', name: 'Ann', questions: 3, opens: true },
  { id: 'connie', name: 'Connie', questions: 0, opens: false },
];

describe('assignRoles', () => {
  it('assignRoles(speakers, { guests, people }) names a guest from the people folder', () => {
    const roles = assignRoles(speakers, { guests: ['conniec'], people: { conniec: 'Connie Cole' } });
    expect(roles.get('connie')).toEqual({ role: 'guest', roleSource: 'given', fullName: 'Connie Cole' });
  });
  it.each(['constructor', 'toString', '__proto__'])(
    'assignRoles(speakers, { guests: [%j] }) reads no inherited key as a display name',
    (guest) => {
      const roles = assignRoles(speakers, { guests: [guest], people: {} });
      expect(roles.get('ann')?.role).toBe('host');
      expect(roles.get('connie')?.fullName).toBeUndefined();
    },
  );
});
