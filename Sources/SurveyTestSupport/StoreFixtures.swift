import Foundation

/// Survey definitions and files shared by the store, import and CLI tests.
public enum StoreFixtures {
    /// A survey with skips, don't know, multiple choice with an exclusive option, a rating, a numeric question with
    /// bounds, a matrix, a ranking, and a laddered why probe. Section `s2` is skipped for channel `none`.
    public static let shopXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="shop" version="1.0.0" lang="en">
          <title>Shop feedback</title>
          <attributes>
            <attribute id="region" type="text"/>
          </attributes>
          <quotas>
            <quota id="north" when="{region} = 'north'" target="2"/>
          </quotas>
          <section id="s1">
            <what id="nps" type="nps" dont-know="true"><text>Recommend us?</text></what>
            <why id="why_nps" about="nps" depth="3"><text>Why {answer}?</text></why>
            <what id="channel" type="single">
              <text>Channel?</text>
              <options>
                <option code="web"><label>Web</label></option>
                <option code="app"><label>App</label></option>
                <option code="none"><label>None</label></option>
              </options>
            </what>
            <what id="features" type="multiple" when="{channel} in ['web', 'app']">
              <text>Features?</text>
              <options>
                <option code="pay"><label>Pay</label></option>
                <option code="save"><label>Save</label></option>
                <option code="nothing" exclusive="true"><label>None of these</label></option>
              </options>
            </what>
          </section>
          <section id="s2" when="{channel} != 'none'">
            <what id="sat" type="rating"><text>Satisfied?</text><scale min="1" max="5"/></what>
            <what id="visits" type="numeric" integer="true" min="0" max="100" required="false">
              <text>Visits?</text>
            </what>
            <what id="grid" type="matrix">
              <text>Rate.</text>
              <rows>
                <option code="speed"><label>Speed</label></option><option code="price"><label>Price</label></option>
              </rows>
              <scale min="1" max="5"/>
            </what>
            <what id="rank" type="ranking" top="2">
              <text>Rank.</text>
              <options>
                <option code="a"><label>A</label></option>
                <option code="b"><label>B</label></option>
                <option code="c"><label>C</label></option>
              </options>
            </what>
          </section>
        </survey>
        """

    /// The same survey at version 2.0.0 (for unknown-version tests).
    public static var shopV2XML: String {
        shopXML.replacingOccurrences(of: "version=\"1.0.0\"", with: "version=\"2.0.0\"")
    }

    /// The header of the shop survey's wide CSV (fixed columns, one attribute, the variables).
    public static let shopHeader =
        "response_id,respondent_id,status,disposition,survey_version,started_at,updated_at,completed_at,interviewer,"
        + "mode,region,nps,channel,features.pay,features.save,features.nothing,sat,visits,grid.speed,grid.price,"
        + "rank.a,rank.b,rank.c"

    /// A valid complete row of the shop survey with the given id and overrides (`column: value`).
    public static func shopRow(_ id: String, _ overrides: [String: String] = [:]) -> String {
        var cells: [String: String] = [
            "response_id": id, "respondent_id": "p-" + id, "status": "complete", "disposition": "1.1",
            "survey_version": "1.0.0", "started_at": "2026-11-20T10:00:00.000Z",
            "updated_at": "2026-11-20T10:04:30.250Z",
            "completed_at": "2026-11-20T10:04:30.250Z", "interviewer": "ann", "mode": "cati", "region": "north",
            "nps": "8", "channel": "web", "features.pay": "1", "features.save": "1", "features.nothing": "0",
            "sat": "4",
            "visits": "12", "grid.speed": "5", "grid.price": "3", "rank.a": "2", "rank.b": "1", "rank.c": "",
        ]
        cells.merge(overrides) { $1 }
        return shopHeader.split(separator: ",").map { cells[String($0)] ?? "" }.joined(separator: ",")
    }

    /// Writes `text` to `name` in `directory` and returns its path.
    @discardableResult
    public static func write(_ text: String, to name: String, in directory: URL) throws -> String {
        let url = directory.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }
}
