"""Shared pieces of the browser tests: starting `voc serve`, a headless Chromium through WebDriver, axe-core."""
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


def step_of(driver):
    """The step the page shows (its hidden `step` field), or None on pages without a question."""
    found = driver.find_elements(By.NAME, "step")
    return found[0].get_attribute("value") if found else None
