import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { checkReadiness } from '../../src/server/health'
import { createTestPayload } from '../helpers/payload'

let payload: Payload

beforeAll(async () => {
  payload = await createTestPayload('users')
})
afterAll(async () => {
  await payload?.destroy().catch(() => undefined)
})

const asUser = async (email: string) => {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  return docs[0]
}

describe('users and roles', () => {
  it('makes the first account an admin whatever role was asked, later ones members by default', async () => {
    const first = await payload.create({
      collection: 'users',
      data: { email: 'first@rtes.fr', password: 'correct horse battery', role: 'member' },
    })
    expect(first.role).toBe('admin')
    const second = await payload.create({
      collection: 'users',
      data: { email: 'second@rtes.fr', password: 'correct horse battery' },
    })
    expect(second.role).toBe('member')
  })

  it('lets an admin create editors; an editor cannot create users at all', async () => {
    const admin = await asUser('first@rtes.fr')
    const editor = await payload.create({
      collection: 'users',
      data: { email: 'editor@rtes.fr', password: 'correct horse battery', role: 'editor' },
      user: admin,
      overrideAccess: false,
    })
    expect(editor.role).toBe('editor')
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'sneaky@rtes.fr', password: 'correct horse battery', role: 'admin' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
  })

  it('does not let an editor or member raise their own role', async () => {
    for (const email of ['editor@rtes.fr', 'second@rtes.fr']) {
      const self = await asUser(email)
      const updated = await payload.update({
        collection: 'users',
        id: self.id,
        data: { role: 'admin', name: 'Nouveau nom' },
        user: self,
        overrideAccess: false,
      })
      // The name change goes through; the role field is silently kept as it was (field-level access).
      expect(updated.name).toBe('Nouveau nom')
      expect(updated.role).toBe(self.role)
      expect((await asUser(email)).role).toBe(self.role)
    }
  })

  it('lets users read only themselves, admins everyone (a query constraint: counts agree)', async () => {
    const member = await asUser('second@rtes.fr')
    const seen = await payload.find({ collection: 'users', user: member, overrideAccess: false })
    expect(seen.totalDocs).toBe(1)
    expect(seen.docs.map((d) => d.email)).toEqual(['second@rtes.fr'])
    const admin = await asUser('first@rtes.fr')
    expect((await payload.find({ collection: 'users', user: admin, overrideAccess: false })).totalDocs).toBe(3)
  })

  it('lets editors read their own account and member accounts, and attach members to their authority', async () => {
    const editor = await asUser('editor@rtes.fr')
    const member = await asUser('second@rtes.fr')
    const seen = await payload.find({ collection: 'users', user: editor, overrideAccess: false, sort: 'email' })
    expect(seen.docs.map((d) => d.email)).toEqual(['editor@rtes.fr', 'second@rtes.fr'])
    const territory = await payload.create({ collection: 'territories', data: { name: 'Sceaux', slug: 'sceaux', kind: 'commune' } })
    const attached = await payload.update({
      collection: 'users',
      id: member.id,
      data: { authority: territory.id, role: 'editor' },
      user: editor,
      overrideAccess: false,
      depth: 0,
    })
    expect(attached).toMatchObject({ authority: territory.id, role: 'member' })
    // A member cannot move itself to another authority.
    const moved = await payload.update({
      collection: 'users',
      id: member.id,
      data: { authority: null },
      user: member,
      overrideAccess: false,
      depth: 0,
    })
    expect(moved.authority).toBe(territory.id)
  })

  it('lets only admins delete users or change roles', async () => {
    const admin = await asUser('first@rtes.fr')
    const editor = await asUser('editor@rtes.fr')
    const member = await asUser('second@rtes.fr')
    await expect(payload.delete({ collection: 'users', id: member.id, user: editor, overrideAccess: false })).rejects.toMatchObject({
      status: 403,
    })
    const promoted = await payload.update({
      collection: 'users',
      id: member.id,
      data: { role: 'editor' },
      user: admin,
      overrideAccess: false,
    })
    expect(promoted.role).toBe('editor')
  })

  it('locks an account after 5 failed logins', async () => {
    const login = (password: string) => payload.login({ collection: 'users', data: { email: 'second@rtes.fr', password } })
    for (let i = 0; i < 5; i++) await expect(login('wrong')).rejects.toBeDefined()
    await expect(login('correct horse battery')).rejects.toMatchObject({ status: 401, name: 'LockedAuth' })
  })

  it('gives the attempts back after a successful login; unknown accounts are just incorrect; admins unlock', async () => {
    await payload.create({ collection: 'users', data: { email: 'forgetful@rtes.fr', password: 'correct horse battery', role: 'member' } })
    const login = (email: string, password: string) => payload.login({ collection: 'users', data: { email, password } })
    const incorrect = { status: 401, name: 'AuthenticationError' }
    for (let i = 0; i < 4; i++) await expect(login('forgetful@rtes.fr', 'wrong')).rejects.toMatchObject(incorrect)
    await expect(login('forgetful@rtes.fr', 'correct horse battery')).resolves.toMatchObject({ token: expect.any(String) })
    // Counted from zero again: four more failures do not lock the account.
    for (let i = 0; i < 4; i++) await expect(login('forgetful@rtes.fr', 'wrong')).rejects.toMatchObject(incorrect)
    await expect(login('nobody@rtes.fr', 'correct horse battery')).rejects.toMatchObject(incorrect)
    await payload.unlock({
      collection: 'users',
      data: { email: 'second@rtes.fr' } as { email: string; password: string },
      overrideAccess: true,
    })
    await expect(login('second@rtes.fr', 'correct horse battery')).resolves.toMatchObject({ token: expect.any(String) })
  })

  it('reports the database as ready, and as unreachable with a reason once closed', async () => {
    expect(await checkReadiness(payload)).toEqual({ ok: true })
    await payload.db.destroy?.()
    const closed = await checkReadiness(payload)
    expect(closed.ok).toBe(false)
    expect(closed).toMatchObject({ reason: expect.stringMatching(/^database unreachable: .+/) })
  })
})
