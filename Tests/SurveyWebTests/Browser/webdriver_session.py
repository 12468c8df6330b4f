"""Shared pieces of the browser tests: starting `voc serve`, a headless Chromium through WebDriver, axe-core."""
import csv
import os
import re
import signal
import subprocess
import sys
import time

os.environ["SE_AVOID_STATS"] = "true"

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait
    import axe_selenium_python
except ImportError as error:  # never skip: a missing tool fails with an install hint
    sys.exit(f"missing Python package ({error}); install with: bash .ci/install-deps "
             "(apt-get install chromium chromium-driver; pip install selenium axe-selenium-python)")

AXE_JS = os.path.join(os.path.dirname(axe_selenium_python.__file__), "node_modules", "axe-core", "axe.min.js")


class Server:
    """A `voc serve` process on a free loopback port."""

    def __init__(self, voc, survey, store, port=0):
        self.process = subprocess.Popen(
            [voc, "serve", survey, "--store", store, "--port", str(port)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"listening on (http://\S+)", line)
        if not match:
            self.process.kill()
            raise SystemExit(f"voc serve did not start: {line}{self.process.stderr.read()}")
        self.url = match.group(1)

    def kill(self):
        """SIGKILL: the server gets no chance to clean up."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()


def browser():
    for tool in ("/usr/bin/chromium", "/usr/bin/chromedriver"):
        if not os.path.exists(tool):
            sys.exit(f"{tool} is missing; install with: apt-get install chromium chromium-driver")
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1600", "--lang=en-US"]:
        options.add_argument(argument)
    return webdriver.Chrome(options=options, service=Service("/usr/bin/chromedriver"))


def axe_violations(driver):
    """Serious and critical axe-core violations on the current page, as 'id: description (n nodes)'."""
    with open(AXE_JS, encoding="utf-8") as handle:
        driver.execute_script(handle.read())
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations))"
        ".catch(e => done([{id: 'axe-error', impact: 'critical', description: String(e), nodes: []}]));")
    return [f"{v['id']}: {v['description']} ({len(v['nodes'])} nodes: "
            + ", ".join(str(n.get("target")) for n in v["nodes"][:3]) + ")"
            for v in result if v.get("impact") in ("serious", "critical")]


class Checks:
    """The problems a browser run finds and the pages it checked with axe-core; `finish` reports them and exits
    (1 when there is any problem)."""

    def __init__(self):
        self.problems = []
        self.pages = 0

    def __call__(self, condition, message):
        if not condition:
            self.problems.append(message)

    def axe(self, driver, label):
        """Counts the page and records its serious and critical axe-core violations."""
        self.pages += 1
        for violation in axe_violations(driver):
            self.problems.append(f"{label}: axe: {violation}")

    def finish(self, name):
        print(f"{name}: {self.pages} pages checked with axe-core, {len(self.problems)} problems")
        for problem in self.problems:
            print("  " + problem)
        sys.exit(1 if self.problems else 0)


def invite(voc, survey, store, work, respondents):
    """Loads `respondents` as the sample of `store`, gives them personal links to `survey` and returns the links'
    paths (`/s/SURVEY?t=TOKEN`) by respondent id."""
    sample = os.path.join(work, "sample.csv")
    with open(sample, "w", encoding="utf-8") as handle:
        handle.write("id,email\n" + "".join(f"{r},{r}@example.com\n" for r in respondents))
    run_voc(voc, "sample", "load", store, sample)
    links = os.path.join(work, "links.csv")
    run_voc(voc, "sample", "invite", survey, "--store", store, "--base-url", "http://placeholder", "--out", links)
    with open(links, newline="", encoding="utf-8") as handle:
        return {row["respondent_id"]: row["link"].replace("http://placeholder", "") for row in csv.DictReader(handle)}


def exported_rows(voc, store, survey, work):
    """`voc export` of `survey`'s completes to WORK/export.csv (and export.why.csv), read back by respondent id."""
    export = os.path.join(work, "export.csv")
    run_voc(voc, "export", store, "--survey", survey, "--out", export)
    with open(export, newline="", encoding="utf-8") as handle:
        return {row["respondent_id"]: row for row in csv.DictReader(handle)}


def run_voc(voc, *arguments):
    """Runs the `voc` binary; exits with its output when it fails. Returns its standard output."""
    done = subprocess.run([voc, *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"voc {' '.join(arguments)} failed ({done.returncode}): {done.stdout}{done.stderr}")
    return done.stdout


def click(driver, selector):
    driver.find_element(By.CSS_SELECTOR, selector).click()


def type_into(driver, selector, text):
    element = driver.find_element(By.CSS_SELECTOR, selector)
    element.clear()
    element.send_keys(text)


def submit(driver, value):
    """Presses the form's `action` button `value` and waits for the next page to load."""
    driver.execute_script("window.vocOldPage = true")
    driver.find_element(By.CSS_SELECTOR, f"form[method=post] button[type=submit][name=action][value={value}]").click()
    wait_for_new_page(driver)


def wait_for_new_page(driver):
    """Waits until the page that set `window.vocOldPage` has been replaced and the new one has loaded."""
    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script("return window.vocOldPage === undefined && document.readyState === 'complete'"))


def step_of(driver):
    """The step the page shows (its hidden `step` field), or None on pages without a question."""
    found = driver.find_elements(By.NAME, "step")
    return found[0].get_attribute("value") if found else None
