/** Chromium for the browser tests: Debian's (`apt-get install -y chromium`), or CHROMIUM_PATH. */
import fs from 'node:fs'

import { type Browser, chromium, type Locator } from 'playwright-core'

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const hasChromium = fs.existsSync(CHROMIUM)

/** Headless Chromium with flags that work as root (CI containers): no sandbox, no background traffic. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })

/**
 * Waits until React has hydrated the element (it then carries React's `__reactProps…` key). Before that, a
 * server-rendered button or input exists but a click or a typed value is lost: on a busy machine the admin
 * takes seconds to hydrate, and a test that acts at once fails now and then.
 */
export async function hydrated(locator: Locator, timeout = 60_000): Promise<void> {
  await locator.waitFor({ timeout })
  await locator
    .page()
    .waitForFunction(
      (element) => element !== null && Object.keys(element).some((key) => key.startsWith('__reactProps')),
      await locator.elementHandle(),
      { timeout },
    )
}
