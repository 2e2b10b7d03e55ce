/**
 * The MongoDB start decision (src/database/mongo.ts). Only the pure part can run here: no MongoDB server
 * exists on these machines, so the `hello` call and the counter document are reviewed, not tested.
 */
import { describe, expect, it } from 'vitest'

import { decideMongoStart, mongoTransactionSupport } from '../../src/database/mongo'

describe('mongoTransactionSupport', () => {
  it('accepts a replica set named in the URI', () => {
    expect(mongoTransactionSupport({ setName: 'rs0' }, 'rs0')).toEqual({ transactions: true })
  })

  it('explains a standalone server, an unnamed replica set and a mongos', () => {
    expect(mongoTransactionSupport({}, undefined)).toMatchObject({
      transactions: false,
      problem: expect.stringMatching(/standalone.*--replSet rs0.*rs\.initiate\(\)/),
    })
    expect(mongoTransactionSupport({ setName: 'atlas-x1' }, undefined)).toMatchObject({
      transactions: false,
      problem: expect.stringContaining('add ?replicaSet=atlas-x1'),
    })
    expect(mongoTransactionSupport({ msg: 'isdbgrid' }, undefined)).toMatchObject({
      transactions: false,
      problem: expect.stringMatching(/sharded/),
    })
  })
})

describe('decideMongoStart', () => {
  const standalone = mongoTransactionSupport({}, undefined)

  it('refuses production without transactions, naming the opt-out', () => {
    const decision = decideMongoStart(standalone, { production: true, allowStandalone: false })
    expect(decision).toMatchObject({
      start: false,
      error: expect.stringMatching(/refusing to start in production: .*standalone.*MONGODB_ALLOW_STANDALONE=1/),
    })
  })

  it('starts with a warning that says what is lost, in development or when allowed', () => {
    for (const options of [
      { production: false, allowStandalone: false },
      { production: true, allowStandalone: true },
    ]) {
      expect(decideMongoStart(standalone, options)).toMatchObject({
        start: true,
        warning: expect.stringMatching(/without transactions.*half-way/),
      })
    }
  })

  it('starts silently with transactions', () => {
    expect(decideMongoStart({ transactions: true }, { production: true, allowStandalone: false })).toEqual({ start: true })
  })
})
