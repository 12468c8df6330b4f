import Foundation
import SurveyTestSupport
import Testing

/// `voc sample invite` through the built binary: links from a survey file into a new store, and a clear error
/// (with the command that works) for a store that does not hold the survey.
@Suite struct SampleInviteCLITests {
    @Test func invitesFromTheSurveyFileAndExplainsAnUnknownSurvey() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try StoreFixtures.write(StoreFixtures.shopXML, to: "shop.xml", in: directory)
        try StoreFixtures.write("id,email\np-a,a@example.com\n", to: "sample.csv", in: directory)
        let run = { (arguments: [String]) in try VocRunner.run(arguments, directory: directory.path) }
        #expect(try run(["sample", "load", "web.voc.sqlite", "sample.csv"]).exitCode == 0)

        let unknown = try run([
            "sample", "invite", "web.voc.sqlite", "--survey", "shop", "--base-url", "https://s.example.com",
            "--out", "links.csv",
        ])
        #expect(unknown.exitCode == 1)
        #expect(
            unknown.stderr
                == "web.voc.sqlite: error: the store has no survey 'shop'; give the survey file instead of the store "
                + "(voc sample invite SURVEY.xml --store STORE ...), which registers it\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("links.csv").path))

        let invited = try run([
            "sample", "invite", "shop.xml", "--store", "web.voc.sqlite", "--base-url", "https://s.example.com",
            "--out", "links.csv",
        ])
        #expect(invited.exitCode == 0, "\(invited.stderr)")
        #expect(invited.stderr == "created 1 links to 'shop'; wrote links.csv\n")
        let links = try String(contentsOf: directory.appendingPathComponent("links.csv"), encoding: .utf8)
        #expect(links.hasPrefix("respondent_id,link,email\np-a,https://s.example.com/s/shop?t="))
    }
}
