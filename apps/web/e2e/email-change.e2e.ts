import { expect, it } from 'vitest';
import { DEMO_PASSWORD, demoNetworkWithMail, launchBrowser, screenshotPath } from './harness.ts';

// Moving an account to another address, in the browser and over real SMTP: the form on the
// account page, the link mailed to the new address, the notice to the old one, the page the link
// opens, and signing in afterwards.

const OLD = 'member12@praxis.example';
const NEW = 'member12.moved@example.net';

const demo = demoNetworkWithMail();

it('moves the account to the address confirmed from the link mailed there', async () => {
  const page = await demo.signedIn(OLD);
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(`${demo.server.origin}/account`);
  await page.getByLabel('New e-mail address').fill(NEW);
  await page.getByLabel('Your password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Send the confirmation link' }).click();
  await page
    .getByText(`We sent a confirmation link to ${NEW}. Your address changes when you follow it`)
    .waitFor();
  await page.screenshot({ path: await screenshotPath('email-change-asked-phone'), fullPage: true });

  const notice = await demo.parsedMailTo(OLD, /may move to another address/);
  expect(notice.text).toContain(`asked to sign in with ${NEW} from now on`);
  const mail = await demo.mailTo(NEW, /^Subject: Confirm your new Praxis address/m);
  const link = mail.text.match(/https?:\/\/\S+\/confirm-email\?token=[\w-]+/)?.[0];
  if (!link) throw new Error(`no confirmation link in the mail:\n${mail.text}`);

  // Nothing changed yet: the old address still signs in.
  const before = await page.request.post(`${demo.server.origin}/api/auth/login`, {
    headers: { origin: demo.server.origin },
    data: { email: OLD, password: DEMO_PASSWORD },
  });
  expect(before.status()).toBe(200);

  // The link opens in another browser, signed in as no one.
  const elsewhere = await launchBrowser();
  demo.browsers.push(elsewhere);
  const confirmPage = await elsewhere.context.newPage();
  await confirmPage.setViewportSize({ width: 375, height: 812 });
  await confirmPage.goto(link.replace(/^https?:\/\/[^/]+/, demo.server.origin));
  await confirmPage.getByRole('button', { name: 'Confirm this address' }).click();
  await confirmPage.getByText(`Done: you now sign in with ${NEW}.`).waitFor();
  await confirmPage.screenshot({ path: await screenshotPath('email-change-confirmed-phone') });

  const login = (email: string) =>
    confirmPage.request.post(`${demo.server.origin}/api/auth/login`, {
      headers: { origin: demo.server.origin },
      data: { email, password: DEMO_PASSWORD },
    });
  expect((await login(NEW)).status()).toBe(200);
  expect((await login(OLD)).status()).toBe(401);
});
