import { roleAtLeast } from './app-member.entity';

describe('roleAtLeast', () => {
  it.each([
    ['owner', 'owner', true],
    ['owner', 'viewer', true],
    ['editor', 'viewer', true],
    ['editor', 'editor', true],
    ['editor', 'owner', false],
    ['viewer', 'editor', false],
  ] as const)('%s ≥ %s → %s', (role, required, expected) => {
    expect(roleAtLeast(role, required)).toBe(expected);
  });
});
