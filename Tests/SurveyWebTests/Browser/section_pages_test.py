"""Completes Surveys/web-sections.xml (`page="section"`) in headless Chromium against a real `voc serve`.

Shows, each as a check that fails the run: a section page holds every on-route question of its run in one
post form with the navigation contract; problems come back next to each failing question (linked with
aria-describedby) with every answer kept; questions that depend on the page's answers come on the next page,
only when they apply; back goes to the previous page with its answers; the why ladder keeps a page per step;
closing the browser resumes at the page where the respondent stopped; axe-core finds no serious or critical
violation on any page; and `voc export` holds exactly the answers given, with mode `cawi`.

Usage: section_pages_test.py VOC_BINARY SURVEY_FILE WORK_DIR
"""
import os
import sys

from selenium.webdriver.common.by import By

from webdriver_session import (
    Checks, Server, browser, click, exported_rows, invite, run_voc, step_of, submit, type_into)

VOC, SURVEY, WORK = sys.argv[1], sys.argv[2], sys.argv[3]
STORE = os.path.join(WORK, "sections.voc.sqlite")
check = Checks()


def voc(*arguments):
    return run_voc(VOC, *arguments)


def inspect(driver, label):
    """The checks every page gets: one post form with the primary button on question pages, axe."""
    forms = driver.find_elements(By.CSS_SELECTOR, "form[method=post]")
    if step_of(driver) is not None:
        check(len(forms) == 1, f"{label}: {len(forms)} post forms")
        check(driver.find_elements(By.CSS_SELECTOR, "form button[type=submit][name=action][value=next]"),
              f"{label}: no next button")
    else:
        check(len(forms) <= 1, f"{label}: {len(forms)} forms")
    check.axe(driver, label)


def questions(driver):
    """The question ids on the page, from their prefixed control names (`q:a`), in page order."""
    seen = []
    for element in driver.find_elements(By.CSS_SELECTOR, "form [name*=':']"):
        question = element.get_attribute("name").split(":")[0]
        if question not in seen:
            seen.append(question)
    return seen


def css(driver, selector):
    return driver.find_element(By.CSS_SELECTOR, selector)


def first_page(driver, channel):
    check(step_of(driver) == "intro", f"the first page is {step_of(driver)}")
    check(questions(driver) == ["visits", "channel", "rating"], f"the first page asks {questions(driver)}")
    inspect(driver, "visit page")
    # Two problems at once: a number that is not one, and no rating. Both shown, everything kept.
    type_into(driver, "input[name='visits:a']", "lots")
    click(driver, f"input[name='channel:a'][value={channel}]")
    submit(driver, "next")
    check(step_of(driver) == "intro", "a page with problems moved on")
    for question in ("visits", "rating"):
        shown = driver.find_elements(By.ID, question + ":problem")
        check(shown and shown[0].is_displayed(), f"{question}: no problem shown next to it")
    check(not driver.find_elements(By.ID, "channel:problem"), "channel: a problem shown for a good answer")
    visits = css(driver, "input[name='visits:a']")
    check(visits.get_attribute("value") == "lots", "visits: the answer given was not kept")
    check("visits:problem" in (visits.get_attribute("aria-describedby") or ""), "visits: the problem is not linked")
    rating = css(driver, "input[name='rating:a']").find_element(By.XPATH, "ancestor::fieldset")
    check("rating:problem" in (rating.get_attribute("aria-describedby") or ""), "rating: the problem is not linked")
    check(css(driver, f"input[name='channel:a'][value={channel}]").is_selected(), "channel: the answer was lost")
    inspect(driver, "visit page (problems)")
    type_into(driver, "input[name='visits:a']", "3")
    click(driver, "input[name='rating:a'][value='4']")
    submit(driver, "next")


def rest(driver, respondent):
    """From the why ladder to the end."""
    check(step_of(driver) == "why_rating@1", f"{respondent}: after the first pages comes {step_of(driver)}")
    inspect(driver, "why 1")
    check("You rated your visit 4" in css(driver, "h1.question").text, "the probe does not pipe the rating")
    type_into(driver, "textarea[name=why]", f"Quick checkout ({respondent})")
    submit(driver, "next")
    check(step_of(driver) == "why_rating@2", f"{respondent}: the ladder's second step is {step_of(driver)}")
    inspect(driver, "why 2")
    submit(driver, "next")
    check(questions(driver) == ["nps", "liked", "comment"], f"the last page asks {questions(driver)}")
    inspect(driver, "overall page")
    click(driver, "input[name='nps:a'][value='9']")
    click(driver, "input[name='liked:a'][value=range]")
    click(driver, "input[name='liked:a'][value=service]")
    type_into(driver, "textarea[name='comment:a']", f"Thanks ({respondent})")
    submit(driver, "next")
    heading = driver.find_element(By.TAG_NAME, "h1").text
    check(heading == "Thank you", f"{respondent}: the last page says {heading!r}")
    inspect(driver, "completed")


def main():
    links = invite(VOC, SURVEY, STORE, WORK, ["r1", "r2"])
    server = Server(VOC, SURVEY, STORE)
    driver = browser()
    try:
        # r1 visited a store: the store questions follow on a page of their own; back and forward again.
        driver.get(server.url + links["r1"])
        first_page(driver, "store")
        check(questions(driver) == ["staff", "store_comment"], f"r1: the store page asks {questions(driver)}")
        inspect(driver, "store page")
        submit(driver, "back")
        check(step_of(driver) == "intro", f"back from the store page shows {step_of(driver)}")
        check(css(driver, "input[name='visits:a']").get_attribute("value") == "3", "back: visits not shown")
        check(css(driver, "input[name='rating:a'][value='4']").is_selected(), "back: the rating is not shown")
        submit(driver, "next")
        check(step_of(driver) == "staff", f"forward again shows {step_of(driver)}")
        click(driver, "input[name='staff:a'][value='5']")
        type_into(driver, "textarea[name='store_comment:a']", "Friendly people")
        submit(driver, "next")
        rest(driver, "r1")

        # r2 visited the website: no store page. The browser is closed on the ladder and the link reopened.
        driver.get(server.url + links["r2"])
        first_page(driver, "web")
        check(step_of(driver) == "why_rating@1", f"r2: after the first page comes {step_of(driver)}")
        driver.quit()
        driver = browser()
        driver.get(server.url + links["r2"])
        rest(driver, "r2")
    finally:
        driver.quit()
        server.stop()

    rows = exported_rows(VOC, STORE, "web-sections", WORK)
    check(set(rows) == {"r1", "r2"}, f"completes: {sorted(rows)}")
    common = {
        "mode": "cawi", "visits": "3", "rating": "4", "nps": "9", "liked.range": "1", "liked.prices": "0",
        "liked.service": "1", "liked.nothing": "0",
    }
    expected = {
        "r1": common | {"channel": "store", "staff": "5", "store_comment": "Friendly people", "comment": "Thanks (r1)"},
        "r2": common | {"channel": "web", "staff": "", "store_comment": "", "comment": "Thanks (r2)"},
    }
    for respondent, columns in expected.items():
        row = rows.get(respondent, {})
        for column, value in columns.items():
            check(row.get(column) == value, f"{respondent}: {column} is {row.get(column)!r}, expected {value!r}")
    with open(os.path.join(WORK, "export.why.csv"), encoding="utf-8") as handle:
        ladder = handle.read()
    for respondent in ("r1", "r2"):
        check(f"Quick checkout ({respondent})" in ladder, f"{respondent}: the why answer is not exported")

    check.finish("section pages")


if __name__ == "__main__":
    main()
