import Foundation
import SurveyModel
import Testing

@testable import SurveyParser

/// ODK XForms forms (fixtures written from the ODK XForms specification) converted into voc surveys.
@Suite struct XFormsConversionTests {
    @Test func detectsXFormsByTheirNamespace() throws {
        let data = try Data(contentsOf: InteropFixtures.directory.appendingPathComponent("xforms-basic.xml"))
        #expect(try InteropFormat.detect(data, file: "form.txt") == .xforms)
        #expect(try InteropFormat.detect(Data("<survey xmlns=\"urn:x\"/>".utf8), file: "s.xml") == .vocXML)
    }

    @Test func convertsEachControl() throws {
        let converted = try InteropFixtures.convert("xforms-basic.xml")
        let survey = converted.survey
        #expect(survey.id == "phone_use" && survey.version == SemanticVersion(1, 1, 0))
        #expect(survey.title.text == "Phone use")
        #expect(
            survey.whatQuestions.map(\.id) == [
                "owns_phone", "apps", "app_rank", "age", "spend", "city", "visit", "likely",
            ])
        #expect(
            survey.whatQuestions.map(\.kind.keyword) == [
                "single", "multiple", "ranking", "numeric", "numeric", "text", "date", "nps",
            ])
        #expect(survey.whatQuestions.map(\.required) == [true, false, false, true, false, false, false, false])
        #expect(survey.interopCodes("owns_phone") == ["yes", "no"])
        #expect(survey.interopCodes("app_rank") == ["chat", "maps"])
        #expect(survey.interopQuestion("apps")?.help?.text == "Select all that apply.")
        #expect(survey.interopQuestion("age")?.kind == .numeric(integer: true, min: nil, max: nil, unit: nil))
        #expect(survey.sections.map(\.id) == ["section_1"])
        #expect(survey.sections[0].items.map(\.id).first == "intro")
        #expect(survey.sections[0].items.map(\.id).last == "ok")
        #expect(
            converted.report.text == """
                xforms-basic.xml:62: trigger "ok": kept as a note
                converted xforms-basic.xml (ODK XForms): 1 report item

                """)
    }

    @Test func keepsItextTranslationsAndItemsets() throws {
        let converted = try InteropFixtures.convert("xforms-translations.xml")
        let survey = converted.survey
        #expect(survey.defaultLanguage == "en" && survey.translations == ["fr"])
        let consent = try #require(survey.interopQuestion("consent"))
        #expect(
            consent.text
                == LocalizedText("Do you agree to take part?", translations: ["fr": "Acceptez-vous de participer ?"]))
        #expect(consent.help?.translations["fr"] == "Vous pouvez arrêter à tout moment.")
        #expect(consent.kind == .singleChoice(options: .list("yes_no")))
        let options = survey.options(of: consent)
        #expect(options.map(\.code) == ["1", "0"])
        #expect(options.map(\.label.text) == ["Yes", "No"])
        #expect(options.map { $0.label.translations["fr"] } == ["Oui", "Non"])
        let age = try #require(survey.interopQuestion("age"))
        #expect(age.checks.map(\.condition.description) == ["{age} >= 18 and {age} <= 99"])
        #expect(
            age.checks.first?.message == LocalizedText("Between 18 and 99.", translations: ["fr": "Entre 18 et 99."]))
        #expect(converted.report.items.isEmpty)
    }

    @Test func translatesBindingsWithAbsoluteAndRelativePaths() throws {
        let converted = try InteropFixtures.convert("xforms-logic.xml")
        let survey = converted.survey
        #expect(survey.interopQuestion("smoker")?.when?.description == "{age} >= 18")
        #expect(survey.interopQuestion("per_day")?.when?.description == "{smoker} = 'yes'")
        #expect(
            survey.interopQuestion("coffee_cups")?.when?.description
                == "contains({drinks}, 'coffee') and not {smoker} = 'no' and {age} > 16")
        #expect(survey.interopQuestion("age")?.checks.map(\.condition.description) == ["{age} >= 0 and {age} <= 120"])
        #expect(survey.interopQuestion("age")?.checks.first?.message.text == "Age must be between 0 and 120.")
        #expect(
            survey.interopQuestion("per_day")?.checks.first?.message.text
                == "The answer does not meet the condition . > 0.")
        #expect(survey.computed.map(\.id) == ["age_months"])
        #expect(survey.computed.first?.expression.description == "{age} * 12")
        #expect(survey.sections.map(\.id) == ["section_1", "drink", "section_3"])
        #expect(survey.sections[1].title?.text == "Drinks")
        #expect(survey.sections[1].items.map(\.id) == ["drinks", "coffee", "coffee_cups"])
        #expect(survey.interopQuestion("city")?.when == nil)
        #expect(
            converted.report.text == """
                xforms-logic.xml:23: relevant "string-length(/data/drink/drinks) > 0": not translated (the function string-length()); the question is always asked
                xforms-logic.xml:23: required "/data/age > 30": a conditional requirement is not supported; the question is optional
                xforms-logic.xml:24: calculate "string-length(/data/city)": not translated (the function string-length()); the calculate "name_length" is dropped
                converted xforms-logic.xml (ODK XForms): 3 report items

                """)
    }

    @Test func reportsEveryConstructNotCarriedOver() throws {
        let converted = try InteropFixtures.convert("xforms-unsupported.xml")
        let survey = converted.survey
        #expect(survey.id == "members_form")
        #expect(survey.metadata["source_version"] == "2024011501")
        #expect(survey.interopCodes("country") == ["ke", "ug"])
        #expect(survey.interopCodes("city") == ["nbo", "kla"])
        #expect(survey.interopQuestion("member_name")?.kind.keyword == "text")
        #expect(survey.interopQuestion("location")?.kind.keyword == "text")
        #expect(survey.interopQuestion("q_1") != nil)
        #expect(
            converted.report.text == """
                xforms-unsupported.xml:29: metadata field "/data/start": dropped (voc records interview times and devices itself)
                xforms-unsupported.xml:37: metadata field "/data/meta/instanceID": dropped (voc records interview times and devices itself)
                xforms-unsupported.xml:41: appearance "minimal": dropped (voc has no display hints)
                xforms-unsupported.xml:49: <output value="/data/country"> in a label: dropped from the text
                xforms-unsupported.xml:50: itemset filter "instance('cities')/root/item[country = /data/country]": not translated; every choice is offered
                xforms-unsupported.xml:57: repeat "/data/member": not supported; its questions are asked once
                xforms-unsupported.xml:61: input of type "geopoint" ("location"): not a voc question type; kept as a text question
                xforms-unsupported.xml:62: control <upload> ("photo"): not a voc question type; kept as a text question
                xforms-unsupported.xml:63: name "q.1": renamed to "q_1" (voc ids take ASCII letters, digits, _ and - and start with a letter or _)
                xforms-unsupported.xml:35: jr:requiredMsg "Please answer.": dropped
                xforms-unsupported.xml:64: text question "why_here": kept as a text question (it asks why, but is not conditional on the rating or choice just before it only)
                xforms-unsupported.xml:65: label of "remarks" without text (empty, or media only): the name is the text
                xforms-unsupported.xml:10: form id "members form": survey id "members_form"
                xforms-unsupported.xml:10: version "2024011501": kept as metadata source_version; the survey is 1.0.0
                converted xforms-unsupported.xml (ODK XForms): 14 report items

                """)
    }

    @Test func refusesBadFormsWithLocatedErrors() throws {
        #expect(
            try InteropFixtures.error("xforms-malformed.xml").description
                == "xforms-malformed.xml:10:52: error: Opening and ending tag mismatch: label line 10 and input")
        #expect(
            try InteropFixtures.error("xforms-missing-itext.xml").description
                == "xforms-missing-itext.xml:19: error: the label refers to the itext \"/data/q2:label\", which the form does not have"
        )
        #expect(
            try InteropFixtures.error("xforms-no-items.xml").description
                == "xforms-no-items.xml:11: error: the <select1> \"q1\" has no <item> or <itemset>")
    }
}
