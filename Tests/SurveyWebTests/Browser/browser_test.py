"""Completes Surveys/web-feedback.xml in headless Chromium against a real `voc serve`, as a respondent would.

Shows, each as a check that fails the run: every question type renders its controls; axe-core finds no
serious or critical violation on any page; a validation error comes back next to the question with the answer
kept; a back step keeps answers; a hostile text answer piped into a later question (and into the report) is
shown as text, never run; closing the browser after three pages and opening the link again continues at page
four; a server killed with SIGKILL and restarted loses nothing; the open link and Chinese pages work; and
`voc export` holds exactly the answers given, with mode `cawi`.

Usage: browser_test.py VOC_BINARY SURVEY_FILE WORK_DIR
"""
import os
import sys

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from webdriver_session import (
    Checks, Server, browser, click, exported_rows, invite, run_voc, step_of, submit, type_into, wait_for_new_page)

VOC, SURVEY, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
STORE = os.path.join(WORK, "web.voc.sqlite")
XSS = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>"
check = Checks()


def voc(*arguments):
    return run_voc(VOC, *arguments)


# What each step must render (a CSS selector that must match), and how to answer it.
CONTROLS = {
    "welcome": None,
    "channel": "input[type=radio][name=a]",
    "bought": "input[type=checkbox][name=a]",
    "spend": "input[name=a][inputmode]",
    "delivered": "input[type=date][name=a]",
    "satisfaction": "input[type=radio][name=a]",
    "touchpoints": "table.grid input[type=radio][name^='row.']",
    "needs": "table.grid input[type=radio][name^='perf.']",
    "priorities": "select[name^='rank.']",
    "tradeoffs": "input[type=radio][name^='worst.']",
    "assembly": "input[type=radio][name^='d.']",
    "nps": "input[type=radio][name=a][value='10']",
    "why_nps@1": "textarea[name=why]",
    "why_nps@2": "textarea[name=why]",
    "why_nps@3": "textarea[name=why]",
    "improve": "textarea[name=a]",
    "improve_priority": "input[type=radio][name=a]",
}


def answer_with_keyboard(driver):
    """Tabs to the first option of the page, selects it with the space bar and submits with Enter: every page can
    be completed without a mouse."""
    for _ in range(30):
        active = driver.switch_to.active_element
        if active.get_attribute("name") == "a" and active.get_attribute("type") == "radio":
            break
        active.send_keys(Keys.TAB)
    active = driver.switch_to.active_element
    check(active.get_attribute("name") == "a", "the keyboard cannot reach the first option")
    active.send_keys(Keys.SPACE)
    check(active.is_selected(), "the space bar does not select the option")
    driver.execute_script("window.vocOldPage = true")
    active.send_keys(Keys.ENTER)
    wait_for_new_page(driver)


def answer(driver, step):
    if step == "channel":
        click(driver, "input[name=a][value=other]")
        type_into(driver, "input[name='other.other']", "A market stall")
    elif step == "bought":
        click(driver, "input[name=a][value=furniture]")
        click(driver, "input[name=a][value=lighting]")
    elif step == "spend":
        type_into(driver, "input[name=a]", "1250")
    elif step == "delivered":
        driver.execute_script("document.querySelector('input[name=a]').value = '2026-11-30'")
    elif step == "satisfaction":
        click(driver, "input[name=a][value='4']")
    elif step == "touchpoints":
        for row, value in (("ordering", 3), ("delivery", 2), ("support", 1)):
            click(driver, f"input[name='row.{row}'][value='{value}']")
    elif step == "needs":
        for need, importance, performance in (("price", 5, 3), ("speed", 4, 4), ("quality", 3, 2)):
            click(driver, f"input[name='imp.{need}'][value='{importance}']")
            click(driver, f"input[name='perf.{need}'][value='{performance}']")
    elif step == "priorities":
        Select(driver.find_element(By.NAME, "rank.quality")).select_by_value("1")
        Select(driver.find_element(By.NAME, "rank.price")).select_by_value("2")
    elif step == "tradeoffs":
        for group in driver.find_elements(By.CSS_SELECTOR, ".maxdiff-set"):
            group.find_elements(By.CSS_SELECTOR, "input[name^='best.']")[0].click()
            group.find_elements(By.CSS_SELECTOR, "input[name^='worst.']")[-1].click()
    elif step == "assembly":
        click(driver, "input[name='f.assembly'][value='1']")
        click(driver, "input[name='d.assembly'][value='4']")
    elif step == "nps":
        click(driver, "input[name=a][value='6']")
    elif step == "why_nps@1":
        type_into(driver, "textarea[name=why]", "Delivery was late " + XSS)
    elif step == "why_nps@2":
        type_into(driver, "textarea[name=why]", "I had taken a day off work")
    elif step == "why_nps@3":
        type_into(driver, "textarea[name=why]", "")
    elif step == "improve":
        type_into(driver, "textarea[name=a]", XSS)
    elif step == "improve_priority":
        click(driver, "input[name=a][value=now]")


def next_page(driver):
    submit(driver, "next")


def inspect(driver, label):
    """The checks every page gets: one post form, the primary button, no script ran, axe."""
    forms = driver.find_elements(By.CSS_SELECTOR, "form")
    check(len(forms) <= 1, f"{label}: {len(forms)} forms")
    check(driver.title != "pwned", f"{label}: injected script ran")
    check.axe(driver, label)


def walk(driver, stop_after=None, back_at=None, error_at=None):
    """Answers pages until the end (or `stop_after` pages); returns the steps seen."""
    seen = []
    went_back = False
    while True:
        step = step_of(driver)
        if step is None:
            return seen
        seen.append(step)
        inspect(driver, step)
        key = step if step in CONTROLS else step.split("@")[0]
        selector = CONTROLS.get(key, "missing")
        check(key in CONTROLS, f"unexpected step {step}")
        if selector:
            check(driver.find_elements(By.CSS_SELECTOR, selector), f"{step}: renders no input ({selector})")
        if step == error_at:
            type_into(driver, "input[name=a]", "twelve")
            next_page(driver)
            check(step_of(driver) == step, "a validation error moved on")
            problem = driver.find_elements(By.ID, "problem")
            check(problem and problem[0].is_displayed(), f"{step}: no error shown")
            field = driver.find_element(By.CSS_SELECTOR, "input[name=a]")
            check(field.get_attribute("value") == "twelve", f"{step}: the answer given was not kept")
            check("problem" in (field.get_attribute("aria-describedby") or ""), f"{step}: error not linked")
            inspect(driver, step + " (error)")
            error_at = None
        if step == back_at and not went_back:
            went_back = True
            submit(driver, "back")
            previous = step_of(driver)
            check(previous == seen[-2], f"back from {step} went to {previous}, not {seen[-2]}")
            checked = driver.find_elements(By.CSS_SELECTOR, "input:checked")
            check(checked, f"back at {previous}: the earlier answer is not shown")
            next_page(driver)
            seen.pop()
            continue
        if step == "improve_priority":
            text = driver.find_element(By.CSS_SELECTOR, "h1.question").text
            check("<img src=x" in text, "the piped answer is not shown as text")
        answer(driver, step)
        next_page(driver)
        if stop_after and len(seen) >= stop_after:
            return seen


def main():
    personal = invite(VOC, SURVEY, STORE, WORK, ["r1", "r2", "r3"])
    server = Server(VOC, SURVEY, STORE)
    driver = browser()
    try:
        # 1. A whole interview: every question type, a validation error, a back step, the why ladder.
        driver.get(server.url + personal["r1"])
        steps = walk(driver, back_at="nps", error_at="spend")
        heading = driver.find_element(By.TAG_NAME, "h1").text
        check(heading == "Thank you", f"the last page says {heading!r}")
        inspect(driver, "completed")
        check(steps[-1] == "improve_priority", f"the interview ended after {steps[-1]}")
        driver.get(server.url + personal["r1"])
        check(driver.find_element(By.TAG_NAME, "h1").text == "Thank you", "a completed link does not say so")

        # 3. Resume: close the browser after three pages, open the link in a new one.
        driver.get(server.url + personal["r2"])
        first = walk(driver, stop_after=3)
        driver.quit()
        driver = browser()
        driver.get(server.url + personal["r2"])
        check(step_of(driver) == "spend", f"after {first}, the new browser shows {step_of(driver)}, not page four")
        walk(driver, stop_after=2)
        server.kill()
        server = Server(VOC, SURVEY, STORE)
        driver.get(server.url + personal["r2"])
        check(step_of(driver) == "satisfaction", f"after SIGKILL the link shows {step_of(driver)}")
        answer_with_keyboard(driver)
        check(step_of(driver) == "touchpoints", f"Enter after a keyboard answer shows {step_of(driver)}")
        walk(driver)

        # The open link, in Chinese; an unknown link.
        driver.get(server.url + "/s/web-feedback?lang=zh")
        check(driver.find_element(By.TAG_NAME, "html").get_attribute("lang") == "zh", "the start page is not Chinese")
        inspect(driver, "start (zh)")
        next_page(driver)
        check("?t=" in driver.current_url, "the open link did not start an interview")
        check("下一步" in driver.page_source, "the Next button is not in Chinese")
        inspect(driver, "welcome (zh)")
        next_page(driver)
        check("在我们的网站" in driver.page_source, "the question is not in Chinese")
        driver.get(server.url + "/s/web-feedback?t=" + "A" * 32)
        check("not valid" in driver.page_source, "an unknown link does not say so")
        inspect(driver, "unknown link")
    finally:
        driver.quit()
        server.stop()

    # What was stored: the export holds exactly the answers given, with mode cawi.
    rows = exported_rows(VOC, STORE, "web-feedback", WORK)
    check(set(rows) == {"r1", "r2"}, f"completes: {sorted(rows)}")
    expected = {
        "mode": "cawi", "channel": "other", "channel.other.other": "A market stall", "bought.furniture": "1",
        "bought.lighting": "1", "bought.textiles": "0", "spend": "1250", "delivered": "2026-11-30",
        "satisfaction": "4", "touchpoints.ordering": "3", "touchpoints.delivery": "2", "touchpoints.support": "1",
        "needs.price": "5", "needs.price.perf": "3", "needs.quality.perf": "2", "priorities.quality": "1",
        "priorities.price": "2", "priorities.speed": "", "assembly.assembly.f": "1", "assembly.assembly.d": "4",
        "nps": "6", "improve": XSS, "improve_priority": "now",
    }
    keyboard = {"satisfaction": "1"}  # r2 answered that page with the keyboard: the first point of the scale
    for respondent in ("r1", "r2"):
        row = rows.get(respondent, {})
        for column, value in (expected | keyboard if respondent == "r2" else expected).items():
            check(row.get(column) == value, f"{respondent}: {column} is {row.get(column)!r}, expected {value!r}")
    why = os.path.join(WORK, "export.why.csv")
    with open(why, encoding="utf-8") as handle:
        ladder = handle.read()
    check(ladder.count("I had taken a day off work") == 2, "the why ladder's second step is not stored twice")

    # 4. The hostile text in the report is shown as text.
    report = os.path.join(WORK, "report.html")
    voc("report", STORE, "--survey", "web-feedback", "--format", "html", "--out", report)
    with open(report, encoding="utf-8") as handle:
        html = handle.read()
    check("<img src=x" not in html and "<script>document.title" not in html, "the report holds the raw payload")
    driver = browser()
    try:
        driver.get("file://" + report)
        check(driver.title != "pwned", "the payload ran in the report")
    finally:
        driver.quit()

    check.finish("browser test")


if __name__ == "__main__":
    main()
