import { connectorRuntime } from './connector-runtime';

describe('connectorRuntime', () => {
  it('should work', () => {
    expect(connectorRuntime()).toEqual('connector-runtime');
  })
})
