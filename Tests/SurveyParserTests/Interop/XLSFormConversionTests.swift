import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// XLSForm workbooks (fixtures written with openpyxl from the XLSForm reference) converted into voc surveys.
@Suite struct XLSFormConversionTests {
    @Test func convertsEachBasicType() throws {
        let converted = try InteropFixtures.convert("xlsform-basic.xlsx")
        let survey = converted.survey
        #expect(survey.id == "phone_use")
        #expect(survey.title.text == "Phone use")
        #expect(survey.whatQuestions.map(\.id) == ["owns_phone", "apps", "app_rank", "age", "spend", "city", "visit"])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "ranking", "numeric", "numeric", "text", "date",
            ])
        #expect(survey.interopCodes("owns_phone") == ["yes", "no"])
        #expect(survey.interopCodes("app_rank") == ["chat", "maps", "bank"])
        #expect(survey.interopQuestion("apps")?.help?.text == "Select all that apply.")
        #expect(survey.whatQuestions.map(\.required) == [true, false, false, true, false, false, false])
        guard case .numeric(let integer, _, _, _)? = survey.interopQuestion("spend")?.kind else {
            Issue.record("spend is not numeric")
            return
        }
        #expect(!integer)
        guard case .note(let intro)? = survey.sections.first?.items.first else {
            Issue.record("the first item is not the note")
            return
        }
        #expect(intro.text.text == "Welcome to the survey.")
        #expect(
            converted.report.text == """
                xlsform-basic.xlsx:settings: version "2024011501": kept as metadata source_version; the survey is 1.0.0
                converted xlsform-basic.xlsx (XLSForm): 1 report item

                """)
        #expect(survey.metadata["source_version"] == "2024011501")
    }

    @Test func keepsTranslationsOfLabelsHintsAndChoices() throws {
        let converted = try InteropFixtures.convert("xlsform-translations.xlsx")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en")
        #expect(survey.translations == ["fr"])
        let consent = try #require(survey.interopQuestion("consent"))
        #expect(
            consent.text
                == LocalizedText("Do you agree to take part?", translations: ["fr": "Acceptez-vous de participer ?"]))
        #expect(consent.help?.translations["fr"] == "Vous pouvez arrêter à tout moment.")
        let options = survey.options(of: consent)
        #expect(options.map(\.code) == ["1", "0"])
        #expect(options.map(\.label.text) == ["Yes", "No"])
        #expect(options.map { $0.label.translations["fr"] } == ["Oui", "Non"])
        #expect(converted.report.items.isEmpty)
    }

    @Test func translatesRelevantConstraintsAndCalculations() throws {
        let converted = try InteropFixtures.convert("xlsform-logic.xlsx")
        let survey = converted.survey
        #expect(survey.interopQuestion("smoker")?.when?.description == "{age} >= 18")
        #expect(survey.interopQuestion("per_day")?.when?.description == "{smoker} = 'yes'")
        #expect(
            survey.interopQuestion("coffee_cups")?.when?.description
                == "contains({drinks}, 'coffee') and not {smoker} = 'no'")
        let age = try #require(survey.interopQuestion("age"))
        #expect(age.checks.map(\.condition.description) == ["{age} >= 0 and {age} <= 120"])
        #expect(age.checks.first?.message.text == "Age must be between 0 and 120.")
        #expect(
            survey.interopQuestion("per_day")?.checks.first?.message.text
                == "The answer does not meet the condition . > 0.")
        #expect(survey.computed.map(\.id) == ["age_months"])
        #expect(survey.computed.first?.expression.description == "{age} * 12")
        guard case .note(let many)? = survey.sections[0].items.first(where: { $0.id == "many" }) else {
            Issue.record("no note many")
            return
        }
        #expect(many.when?.description == "count({drinks}) > 1")
        #expect(survey.interopQuestion("city")?.when == nil)
        #expect(survey.interopQuestion("city")?.required == false)
        #expect(
            converted.report.text == """
                xlsform-logic.xlsx:survey!G9: calculation "string-length(${city})": not translated (a reference to "city", which is not an earlier question); the calculate "name_length" is dropped
                xlsform-logic.xlsx:survey!D10: relevant "string-length(${drinks}) > 0 or ${age} > 10": not translated (the function string-length()); the question is always asked
                xlsform-logic.xlsx:survey!H10: required "${age} > 30": a conditional requirement is not supported; the question is optional
                converted xlsform-logic.xlsx (XLSForm): 3 report items

                """)
    }

    @Test func turnsATableListOfOneNumericListIntoAMatrix() throws {
        let converted = try InteropFixtures.convert("xlsform-grid.xlsx")
        let survey = converted.survey
        let service = try #require(survey.interopQuestion("service"))
        guard case .matrix(let rows, let scale) = service.kind else {
            Issue.record("service is \(service.kind.keyword)")
            return
        }
        #expect(rows.map(\.code) == ["speed", "staff", "price"])
        #expect(rows.map(\.label.text) == ["the speed of service", "the friendliness of staff", "the price"])
        #expect(scale.min == 1 && scale.max == 5)
        #expect(
            scale.labels.map(\.text.text) == [
                "Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied",
            ])
        #expect(survey.sections.map(\.id) == ["service", "about"])
        #expect(survey.interopQuestion("overall")?.kind.keyword == "single")
        #expect(
            converted.report.text == """
                xlsform-grid.xlsx:survey!D2: appearance "table-list" on group "service": converted to the matrix "service" with 3 rows on the scale of list "sat5"
                xlsform-grid.xlsx:survey!D9: appearance "multiline": dropped (voc has no display hints)
                xlsform-grid.xlsx:survey!D7: appearance "field-list" on group "about": not a grid (its questions are not all select_one of one list with numeric codes); kept as separate questions
                converted xlsform-grid.xlsx (XLSForm): 3 report items

                """)
    }

    @Test func reportsEveryConstructNotCarriedOver() throws {
        let converted = try InteropFixtures.convert("xlsform-unsupported.xlsx")
        let survey = converted.survey
        let country = try #require(survey.interopQuestion("country"))
        let countryOptions = survey.options(of: country)
        #expect(countryOptions.map(\.code) == ["ke", "ug", "other"])
        #expect(countryOptions.last?.other == true)
        let city = try #require(survey.interopQuestion("city"))
        #expect(
            survey.options(of: city).map { $0.when?.description } == [
                "'ke' = {country}", "'ke' = {country}", "'ug' = {country}",
            ])
        #expect(survey.interopQuestion("member_name")?.kind.keyword == "text")
        #expect(survey.interopQuestion("location")?.kind.keyword == "text")
        #expect(survey.interopQuestion("_1st_visit") != nil)
        #expect(
            converted.report.text == """
                xlsform-unsupported.xlsx:survey!A2: metadata field "start": dropped (voc records interview times and devices itself)
                xlsform-unsupported.xlsx:survey!D3: appearance "minimal": dropped (voc has no display hints)
                xlsform-unsupported.xlsx:survey!A5: repeat group "member": not supported; its questions are asked once
                xlsform-unsupported.xlsx:survey!A8: type "geopoint": not a voc question type; kept as a text question
                xlsform-unsupported.xlsx:survey!F9: column default "2": dropped
                xlsform-unsupported.xlsx:survey!A10: text question "why_here": kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)
                xlsform-unsupported.xlsx:survey!B11: name "1st.visit": renamed to "_1st_visit" (voc ids take ASCII letters, digits, _ and - and start with a letter or _)
                converted xlsform-unsupported.xlsx (XLSForm): 7 report items

                """)
    }

    @Test func makesWhyProbesOfTextQuestionsConditionalOnThePreviousAnswer() throws {
        let converted = try InteropFixtures.convert("xlsform-why.xlsx")
        let survey = converted.survey
        #expect(survey.interopQuestion("recommend")?.kind == .nps(labels: NPSLabels()))
        #expect(survey.whyProbes.map(\.id) == ["recommend_why", "delivery_why"])
        #expect(survey.whyProbes.map(\.about) == ["recommend", "delivery"])
        #expect(survey.whyProbes.map { $0.when?.description } == ["{recommend} <= 6", "{delivery} = '1'"])
        #expect(
            converted.report.items.map(\.action) == [
                "converted to a why probe about \"recommend\" (asked only after that answer)",
                "converted to a why probe about \"delivery\" (asked only after that answer)",
            ])
    }

    @Test func refusesBadWorkbooksWithLocatedErrors() throws {
        #expect(
            try InteropFixtures.error("xlsform-truncated.xlsx").description
                == "xlsform-truncated.xlsx: error: a ZIP archive without xl/workbook.xml (truncated, or not an .xlsx workbook)"
        )
        #expect(
            try InteropFixtures.error("xlsform-old.xlsx").description
                == "xlsform-old.xlsx: error: an .xls file (Excel 97-2003); save it as .xlsx")
        #expect(
            try InteropFixtures.error("xlsform-no-survey-sheet.xlsx").description
                == "xlsform-no-survey-sheet.xlsx: error: the workbook has no \"survey\" sheet (its sheets: \"questions\", \"choices\")"
        )
        #expect(
            try InteropFixtures.error("xlsform-unknown-list.xlsx").description
                == "xlsform-unknown-list.xlsx:survey!A3: error: select_one refers to the list \"colours\", which the choices sheet does not have"
        )
    }
}
