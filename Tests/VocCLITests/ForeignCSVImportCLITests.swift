import Foundation
import SurveyTestSupport
import Testing

/// The end-to-end path from another tool: `voc convert` its survey, `voc import` its CSV export for it, and
/// `voc export --format csv` shows the answers stored. One test per tool (Qualtrics, LimeSurvey, KoboToolbox),
/// on the conversion fixtures and exports written after each tool's documentation.
@Suite struct ForeignCSVImportCLITests {
    static let fixtures = PackagePaths.root.appendingPathComponent("Tests/SurveyParserTests/Fixtures/interop")

    /// Converts fixture `survey` to `survey.xml`, imports `export` (written as `name`) and returns the exported
    /// rows by column, after checking the import's exit status and error output.
    private func roundTrip(
        survey: String, export: [String], name: String, stored: Int, stderr: String = "", exitCode: Int32 = 0
    ) throws -> [[String: String]] {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let source = directory.appendingPathComponent(survey)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent(survey), to: source)
        func voc(_ arguments: [String]) throws -> VocResult { try PackagePaths.voc(arguments, in: directory) }
        let converted = try voc(["convert", survey, "survey.xml"])
        #expect(converted.exitCode == 0, "\(converted.transcript)")
        try StoreFixtures.write(export.joined(separator: "\n") + "\n", to: name, in: directory)
        let imported = try voc(["import", "survey.xml", name])
        #expect(imported.exitCode == exitCode, "\(imported.transcript)")
        #expect(imported.stderr == stderr, "\(imported.transcript)")
        #expect(imported.stdout.contains(" \(stored) "), "\(imported.transcript)")
        let again = try voc(["import", "survey.xml", name])
        #expect(again.exitCode == exitCode, "\(again.transcript)")
        let exported = try voc([
            "export", try Self.store(in: directory), "--format", "csv", "--include-partial", "--out", "out.csv",
        ])
        #expect(exported.exitCode == 0, "\(exported.transcript)")
        let lines = try String(contentsOf: directory.appendingPathComponent("out.csv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = lines.first ?? []
        return lines.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
    }

    /// The store `voc import` made in `directory` (named by the converted survey's id).
    static func store(in directory: URL) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        return try #require(names.first { $0.hasSuffix(".voc.sqlite") })
    }

    /// The cells `names` of `row`, as `name=value`.
    private func cells(_ row: [String: String]?, _ names: [String]) -> [String] {
        names.map { "\($0)=\(row?[$0] ?? "<none>")" }
    }

    @Test func qualtricsExportOfAConvertedQSF() throws {
        let names =
            "StartDate,EndDate,Status,IPAddress,Progress,Duration (in seconds),Finished,RecordedDate,ResponseId,"
            + "ExternalReference,LocationLatitude,LocationLongitude,DistributionChannel,UserLanguage,plan,features_1,"
            + "features_2,features_3,country,agree_1,agree_2,seats,ease_1,rank_1,rank_2,rank_3,nps,nps_NPS_GROUP,"
            + "comments"
        let ids = [
            "startDate\"\",\"\"timeZone\"\":\"\"UTC", "endDate\"\",\"\"timeZone\"\":\"\"UTC", "status", "ipAddress",
            "progress", "duration", "finished", "recordedDate\"\",\"\"timeZone\"\":\"\"UTC", "_recordId",
            "externalDataReference", "locationLatitude", "locationLongitude", "distributionChannel", "userLanguage",
            "QID1", "QID2_1", "QID2_2", "QID2_3", "QID3", "QID4_1", "QID4_2", "QID5_TEXT", "QID6_1", "QID7_1",
            "QID7_2", "QID7_3", "QID8", "QID8_NPS_GROUP", "QID10_TEXT",
        ].map { "\"{\"\"ImportId\"\":\"\"\($0)\"\"}\"" }.joined(separator: ",")
        let rows = try roundTrip(
            survey: "qualtrics-basic.qsf",
            export: [
                names, names, ids,
                "2026-03-01 09:00:00,2026-03-01 09:06:00,0,192.0.2.1,100,360,1,2026-03-01 09:06:01,R_a1,panel-7,"
                    + ",,anonymous,EN,team,1,,1,fr,4,5,12,6,2,1,3,9,3,Quick setup",
                "2026-03-01 10:00:00,2026-03-01 10:02:00,0,192.0.2.2,30,120,0,2026-03-02 10:02:00,R_b2,,,,anonymous,"
                    + "EN,Pro,,Export,,,,,,,,,,,,",
            ],
            name: "qualtrics.csv", stored: 2)
        let first = rows.first { $0["response_id"] == "R_a1" }
        #expect(
            cells(
                first,
                [
                    "respondent_id", "status", "started_at", "completed_at", "plan", "features.1", "features.2",
                    "features.3", "country", "agree.1", "agree.2", "seats", "ease", "rank.1", "rank.2", "rank.3",
                    "nps", "comments",
                ])
                == [
                    "respondent_id=panel-7", "status=complete", "started_at=2026-03-01T09:00:00.000Z",
                    "completed_at=2026-03-01T09:06:00.000Z", "plan=team", "features.1=1", "features.2=0",
                    "features.3=1", "country=fr", "agree.1=4", "agree.2=5", "seats=12", "ease=6", "rank.1=2",
                    "rank.2=1", "rank.3=3", "nps=9", "comments=Quick setup",
                ])
        let second = rows.first { $0["response_id"] == "R_b2" }
        #expect(
            cells(second, ["status", "updated_at", "completed_at", "plan", "features.2"])
                == [
                    "status=partial", "updated_at=2026-03-01T10:02:00.000Z", "completed_at=", "plan=pro",
                    "features.2=1",
                ])
    }

    @Test func limeSurveyExportOfAConvertedLSS() throws {
        let rows = try roundTrip(
            survey: "limesurvey-basic.lss",
            export: [
                "id,submitdate,lastpage,startlanguage,seed,startdate,datestamp,ipaddr,plan,plan[other],"
                    + "features[SQ001],features[SQ002],country,ease,renew,agree[easy],agree[value],sat[speed],"
                    + "sat[support],seats,city,comments,since,rank[1],rank[2],ten[overall],interviewtime,planTime",
                "11,2026-03-01 09:06:00,3,en,931,2026-03-01 09:00:00,2026-03-01 09:06:00,,A2,,Y,,fr,4,Y,5,3,2,3,"
                    + "12.0000000000,Lyon,Fine,2023-05-01 00:00:00,s,p,9,360.5,20.1",
                "12,,1,en,932,2026-03-01 10:00:00,2026-03-01 10:01:00,,-oth-,Student,,,,,,,,,,,,,,,,,61.0,30.2",
            ],
            name: "limesurvey.csv", stored: 2)
        #expect(
            cells(
                rows.first { $0["response_id"] == "11" },
                [
                    "status", "started_at", "completed_at", "plan", "features.SQ001", "features.SQ002", "country",
                    "ease", "renew", "agree.easy", "agree.value", "sat.speed", "sat.support", "seats", "city",
                    "comments", "since", "rank.p", "rank.s", "ten.overall",
                ])
                == [
                    "status=complete", "started_at=2026-03-01T09:00:00.000Z", "completed_at=2026-03-01T09:06:00.000Z",
                    "plan=A2", "features.SQ001=1", "features.SQ002=0", "country=fr", "ease=4", "renew=Y",
                    "agree.easy=5", "agree.value=3", "sat.speed=2", "sat.support=3", "seats=12", "city=Lyon",
                    "comments=Fine", "since=2023-05-01", "rank.p=2", "rank.s=1", "ten.overall=9",
                ])
        #expect(
            cells(rows.first { $0["response_id"] == "12" }, ["status", "completed_at", "plan", "plan.-oth-.other"])
                == ["status=partial", "completed_at=", "plan=-oth-", "plan.-oth-.other=Student"])
    }

    @Test func koboExportOfAConvertedXLSForm() throws {
        let rows = try roundTrip(
            survey: "xlsform-basic.xlsx",
            export: [
                "start;end;intro;owns_phone;apps;apps/chat;apps/maps;apps/bank;app_rank;age;spend;city;visit;"
                    + "meta/instanceID;_id;_uuid;_submission_time;_validation_status;_notes;_status;_submitted_by;"
                    + "__version__;_tags;_index",
                "2026-03-01T10:00:00.000+01:00;2026-03-01T10:05:00.000+01:00;;yes;chat bank;1;0;1;bank maps chat;34;"
                    + "12.5;Nairobi;2026-02-20;uuid:5d1e;501;5d1e;2026-03-01T09:06:00;;[];submitted_via_web;;"
                    + "vGx2;[];1",
            ],
            name: "kobo.csv", stored: 1)
        #expect(
            cells(
                rows.first,
                [
                    "response_id", "started_at", "completed_at", "updated_at", "owns_phone", "apps.chat", "apps.maps",
                    "apps.bank", "app_rank.chat", "app_rank.maps", "app_rank.bank", "age", "spend", "city", "visit",
                ])
                == [
                    "response_id=5d1e", "started_at=2026-03-01T09:00:00.000Z", "completed_at=2026-03-01T09:05:00.000Z",
                    "updated_at=2026-03-01T09:06:00.000Z", "owns_phone=yes", "apps.chat=1", "apps.maps=0",
                    "apps.bank=1", "app_rank.chat=3", "app_rank.maps=2", "app_rank.bank=1", "age=34", "spend=12.5",
                    "city=Nairobi", "visit=2026-02-20",
                ])
    }

    @Test func badInputIsLocatedAndNothingIsStored() throws {
        let directory = try VocRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try FileManager.default.copyItem(
            at: Self.fixtures.appendingPathComponent("xlsform-basic.xlsx"),
            to: directory.appendingPathComponent("phone.xlsx"))
        func voc(_ arguments: [String]) throws -> VocResult { try PackagePaths.voc(arguments, in: directory) }
        #expect(try voc(["convert", "phone.xlsx", "phone.xml"]).exitCode == 0)
        try StoreFixtures.write(
            "_uuid,start,owns_phone,apps,age,colour\na1,2026-03-01T10:00:00Z,yes,chat,34,red\n", to: "unknown.csv",
            in: directory)
        try StoreFixtures.write(
            "_uuid,start,owns_phone,apps,age\na1,yesterday,maybe,chat tv,34\na2,2026-03-01T10:00:00Z,yes,chat,34\n",
            to: "values.csv", in: directory)

        let unknown = try voc(["import", "phone.xml", "unknown.csv"])
        #expect(unknown.exitCode == 1)
        #expect(
            unknown.stderr
                == "unknown.csv:1:6: error: column 'colour' is not a variable of survey 'phone_use' (name its column "
                + "in a --map file, or leave it out there)\n", "\(unknown.transcript)")
        let values = try voc(["import", "phone.xml", "values.csv", "--all-or-nothing"])
        #expect(values.exitCode == 1)
        #expect(
            values.stderr == """
                values.csv:2:2: error: 'start' is not a time YYYY-MM-DD HH:MM:SS (or ISO 8601 with a time zone)
                values.csv:2:3: error: 'owns_phone' has a code that is not an option of the question
                values.csv:2:4: error: 'apps' has a code that is not an option of the question

                """, "\(values.transcript)")
        #expect(values.stdout.contains("values.csv     2       0         2        0"), "\(values.transcript)")
        let export = try voc(["export", try Self.store(in: directory), "--out", "out.csv"])
        #expect(export.stderr == "exported 0 responses to out.csv\n", "\(export.transcript)")
    }
}
