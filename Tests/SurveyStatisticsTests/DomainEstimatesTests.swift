import SurveyStatistics
import Testing

@Suite("R survey: domains (svyby.json)")
struct DomainEstimatesTests {
    @Test(arguments: ["dstrat", "dclus1"]) func meansTotalsAndSharesBySegment(name: String) throws {
        let r = try ReferenceData.json("svyby.json")
        let estimator = name == "dstrat" ? try ReferenceData.dstrat() : try ReferenceData.dclus1()
        let means = try estimator.mean("api00", by: "stype")
        #expect(means.map(\.segment) == ["E", "H", "M"])
        for mean in means {
            let segment = mean.segment!
            expectRelative(mean.estimate, ReferenceData.number(r, name, "mean_api00_by_stype", "estimate", segment),
                           estimateTolerance, "mean " + segment)
            expectRelative(mean.se, ReferenceData.number(r, name, "mean_api00_by_stype", "se", segment), seTolerance,
                           "se " + segment)
            expectRelative(mean.deff, ReferenceData.number(r, name, "mean_api00_by_stype", "deff", segment),
                           seTolerance, "deff " + segment)
        }
        for total in try estimator.total("enroll", by: "stype") {
            let segment = total.segment!
            expectRelative(total.estimate,
                           ReferenceData.number(r, name, "total_enroll_by_stype", "estimate", segment),
                           estimateTolerance, "total " + segment)
            expectRelative(total.se, ReferenceData.number(r, name, "total_enroll_by_stype", "se", segment),
                           seTolerance, "total se " + segment)
        }
        let shares = try estimator.shares("sch.wide", by: "stype")
        #expect(shares.count == 6)
        for share in shares {
            let segment = share.segment!
            let level = share.level!
            expectRelative(share.estimate,
                           ReferenceData.number(r, name, "schwide_share_by_stype", "estimate_" + level, segment),
                           estimateTolerance, "share \(level) \(segment)")
            expectRelative(share.se, ReferenceData.number(r, name, "schwide_share_by_stype", "se_" + level, segment),
                           seTolerance, "share se \(level) \(segment)")
        }
    }
}
