import type { Page, TestInfo } from "@playwright/test";
import { DEMO, expect, expectHeading, logIn, test } from "./support";

// Issue 9: the desk on a tablet and a phone, the public page on both, the desk at 200% zoom, and
// no motion for who asked the system for less.

const PUBLIC_PAGE = "/spreekuur/hengelo-centrale";

async function expectNoHorizontalScroll(page: Page) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, "the page is not wider than the screen").toBeLessThanOrEqual(clientWidth);
}

async function attachScreenshot(page: Page, testInfo: TestInfo, name: string) {
  await testInfo.attach(name, { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
}

for (const width of [768, 375]) {
  test.describe(`${width} px wide`, () => {
    test.use({ viewport: { width, height: width === 375 ? 812 : 1024 } });

    test("the host's desk fits the screen, with the walk-in form open", async ({ page }, testInfo) => {
      await logIn(page, DEMO.host);
      await expectHeading(page, "Balie vandaag");
      await expectNoHorizontalScroll(page);
      await page.getByRole("button", { name: "Nieuwe inloop" }).click();
      await expect(page.getByRole("heading", { name: "Nieuwe inloop" })).toBeVisible();
      await expectNoHorizontalScroll(page);
      await attachScreenshot(page, testInfo, `balie-${width}px`);
      // A table wider than a phone scrolls in its own named frame, which the keyboard can reach.
      for (const frame of await page.locator(".overflow-x-auto").all()) {
        await expect(frame).toHaveAttribute("role", "region");
        await expect(frame).toHaveAttribute("tabindex", "0");
        await expect(frame).toHaveAttribute("aria-label", /.+/);
      }
    });

    test("the host's appointment form fits the screen", async ({ page }, testInfo) => {
      await logIn(page, DEMO.host);
      await page.goto("/balie/afspraak");
      await expectHeading(page, "Afspraak maken");
      await expectNoHorizontalScroll(page);
      await attachScreenshot(page, testInfo, `afspraak-${width}px`);
    });

    test("the public page fits the screen", async ({ page }, testInfo) => {
      await page.goto(PUBLIC_PAGE);
      await expectNoHorizontalScroll(page);
      await attachScreenshot(page, testInfo, `spreekuur-${width}px`);
    });
  });
}

test.describe("200% zoom", () => {
  // 1280 px at 200% lays out like 640 CSS px on a screen twice as dense.
  test.use({ viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });

  test("the desk needs no horizontal scrolling", async ({ page }, testInfo) => {
    await logIn(page, DEMO.host);
    await expectHeading(page, "Balie vandaag");
    await page.getByRole("button", { name: "Nieuwe inloop" }).click();
    await expectNoHorizontalScroll(page);
    await attachScreenshot(page, testInfo, "balie-200-procent");
  });
});

test("with reduced motion asked for, nothing moves", async ({ page }) => {
  await logIn(page, DEMO.host);
  // A probe with a transition and an endless animation of its own: the global rule must win.
  const probe = async () =>
    page.evaluate(() => {
      const element = document.createElement("div");
      element.style.transition = "opacity 1s";
      element.style.animation = "spin 2s infinite";
      document.body.append(element);
      const style = getComputedStyle(element);
      const result = {
        transition: style.transitionDuration,
        animation: style.animationDuration,
        iterations: style.animationIterationCount,
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
      };
      element.remove();
      return result;
    });
  const seconds = (value: string) => parseFloat(value) * (value.endsWith("ms") ? 0.001 : 1);

  await page.emulateMedia({ reducedMotion: "reduce" });
  const reduced = await probe();
  expect(seconds(reduced.transition)).toBeLessThanOrEqual(0.001);
  expect(seconds(reduced.animation)).toBeLessThanOrEqual(0.001);
  expect(reduced.iterations).toBe("1");
  expect(reduced.scroll).toBe("auto");

  await page.emulateMedia({ reducedMotion: "no-preference" });
  const moving = await probe();
  expect(seconds(moving.transition)).toBe(1);
  expect(moving.iterations).toBe("infinite");
});
