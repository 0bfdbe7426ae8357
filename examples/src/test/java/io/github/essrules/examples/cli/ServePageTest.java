package io.github.essrules.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.essrules.core.json.EssJson;
import io.github.essrules.core.verdict.LawOptions;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page of {@code ess serve} in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, driven by Selenium): a case worker fills the régie de quartier's case
 * through the form generated from the schema, reads "satisfaite" and the article L3332-17-1 with
 * its link to Légifrance; leaves out a fact and is told which to give; pastes a case as JSON.
 *
 * <p>The browser is required, not optional: {@code .ci/run} installs it ({@code apt-get install
 * chromium chromium-driver}); without it the test fails saying so. A developer without the browser
 * may pass {@code -Dess.skipBrowser=true}.
 */
class ServePageTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path profile;

  private static EssServer server;
  private static WebDriver browser;
  private static WebDriverWait wait;

  @BeforeAll
  static void start() {
    org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("ess.skipBrowser"),
        "-Dess.skipBrowser=true: the page is not tested");
    assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
        .as("Debian's chromium and chromium-driver are needed (apt-get install -y chromium chromium-driver;"
            + " .ci/run installs them), or -Dess.skipBrowser=true")
        .isTrue();
    server = EssServer.start("127.0.0.1", 0, EssServer.Limits.standard(), LawOptions.standard(), line -> { });
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--lang=fr-FR", "--window-size=1280,2000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().withLogFile(new File("/dev/null")).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
  }

  private static WebElement field(String pointer) {
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[name=\"" + pointer + "\"]")));
  }

  /** Types or chooses each value of a case in the form, adding the items of its lists. */
  private static void fill(JsonNode value, String pointer) {
    if (value.isObject()) {
      for (Map.Entry<String, JsonNode> e : value.properties()) {
        fill(e.getValue(), pointer + "/" + e.getKey());
      }
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        browser.findElement(By.cssSelector("[data-add=\"" + pointer + "\"]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-item=\"" + pointer + "/" + i + "\"]")));
        fill(value.get(i), pointer + "/" + i);
      }
    } else {
      set(pointer, value.asText());
    }
  }

  private static void set(String pointer, String text) {
    WebElement f = field(pointer);
    if (f.getTagName().equals("select")) {
      new Select(f).selectByValue(text);
    } else {
      f.clear();
      f.sendKeys(text);
    }
  }

  private static void open(String rule) {
    browser.get("http://127.0.0.1:" + server.port() + "/");
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
    new Select(browser.findElement(By.id("rule"))).selectByValue(rule);
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#facts-form legend"), rule + "-facts"));
  }

  /** A picture of the page, in target/, for a person to look at. */
  private static void screenshot(String name) throws java.io.IOException {
    ((JavascriptExecutor) browser).executeScript("document.getElementById('answer').scrollIntoView()");
    byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
    Files.write(Path.of("target", name), png);
  }

  private static String evaluate() {
    ((JavascriptExecutor) browser).executeScript("document.getElementById('answer').replaceChildren()");
    browser.findElement(By.id("evaluate")).click();
    return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#outcome, #problem"))).getText();
  }

  @Test
  void aCaseWorkerFillsTheRegieDeQuartierThroughTheFormAndIsToldWhatToGiveWhenAFactIsMissing() throws Exception {
    open("esus");
    set("asOf", "2026-04-01");
    JsonNode regie = EssJson.mapper().readTree(Files.readAllBytes(Path.of(ServeTest.CASES, "esus-regie-de-quartier.json")));
    fill(regie, "");

    assertThat(evaluate()).contains("satisfaite").doesNotContain("non satisfaite");
    screenshot("serve-page-regie.png");
    WebElement answer = browser.findElement(By.id("answer"));
    assertThat(answer.getText()).contains("L3332-17-1");
    assertThat(browser.findElements(By.cssSelector("#answer a[href^=\"https://www.legifrance.gouv.fr/\"]")))
        .anySatisfy(a -> assertThat(a.getText()).contains("L3332-17-1"));

    // one of the five statements of art. 1, I left out: the page says which fact to give
    set("/ess/democraticGovernance", "");
    assertThat(evaluate()).contains("indéterminée");
    screenshot("serve-page-missing.png");
    WebElement missing = browser.findElement(By.id("missing"));
    assertThat(missing.getText()).contains("Faits à fournir").contains("/ess/democraticGovernance");
    assertThat(field("/ess/democraticGovernance").getAttribute("class")).contains("missing");
    missing.findElement(By.tagName("button")).click();
    assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("/ess/democraticGovernance");

    // the same page in English
    set("/ess/democraticGovernance", "true");
    new Select(browser.findElement(By.id("lang"))).selectByValue("en");
    wait.until(ExpectedConditions.textToBe(By.id("evaluate"), "Evaluate"));
    assertThat(evaluate()).contains("satisfied");
  }

  @Test
  void aCasePastedAsJsonIsJudgedAndAFormErrorPointsAtItsField() throws Exception {
    open("esus");
    set("asOf", "2026-04-01");
    browser.findElement(By.id("tab-json")).click();
    WebElement json = browser.findElement(By.id("json"));
    json.clear();
    ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", json,
        Files.readString(Path.of(ServeTest.CASES, "esus-sas-recyclerie.json")));
    assertThat(evaluate()).contains("non satisfaite");
    // the values compared, the condition not met
    assertThat(browser.findElement(By.id("answer")).getText()).contains("✗");
    assertThat(browser.findElements(By.cssSelector(".comparisons .fails")))
        .anySatisfy(c -> assertThat(c.getText()).containsPattern("228\\D000"));

    // back to the form: the pasted case is in it; a wrong date is pointed at
    browser.findElement(By.id("tab-form")).click();
    assertThat(field("/applicationDate").getAttribute("value")).isNotBlank();
    set("/applicationDate", "2026-02-31");
    assertThat(evaluate()).contains("2026-02-31").contains("/applicationDate");
    assertThat(field("/applicationDate").getAttribute("class")).contains("invalid");
  }
}
