/// The survey the terminal end-to-end test interviews: every question type, a note, a two-level why ladder, a
/// soft check, an "other, specify" option, don't know / refused, and a question in Chinese (CJK widths).
enum TerminalInterviewSurvey {
    static let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="ttybank" version="1.0.0" lang="en">
          <title>Bank customer survey</title>
          <section id="about">
            <title>About you</title>
            <what id="channel" type="single" dont-know="true">
              <text>How did you first hear about us?</text>
              <options>
                <option code="web"><label>Website</label></option>
                <option code="friend"><label>A friend</label></option>
                <option code="other" other="true"><label>Other</label></option>
              </options>
            </what>
            <what id="products" type="multiple" min="1">
              <text>Which products do you use?</text>
              <options>
                <option code="current"><label>Current account</label></option>
                <option code="savings"><label>Savings</label></option>
                <option code="card"><label>Credit card</label></option>
                <option code="none" exclusive="true"><label>None of these</label></option>
              </options>
            </what>
            <note id="intro" kind="info"><text>Thank you. Now a few ratings.</text></note>
          </section>
          <section id="ratings">
            <title>Ratings</title>
            <what id="overall" type="rating">
              <text>How would you rate us overall?</text>
              <scale min="1" max="5">
                <label value="1">Very poor</label>
                <label value="5">Excellent</label>
              </scale>
            </what>
            <what id="nps" type="nps">
              <text>How likely are you to recommend us?</text>
              <low>Not at all likely</low>
              <high>Extremely likely</high>
            </what>
            <why id="nps_why" about="nps" depth="2">
              <text>Why would you give us {answer}?</text>
            </why>
            <what id="age" type="numeric" integer="true" min="16" max="120" unit="years" refused="true">
              <text>How old are you?</text>
              <check when="{age} &lt;= 100" severity="soft">
                <message>That age is unusual; please check.</message>
              </check>
            </what>
            <what id="postcode" type="text" max-length="10" required="false">
              <text>Your postcode (optional)</text>
            </what>
            <what id="since" type="date">
              <text>Since when are you a customer?</text>
            </what>
          </section>
          <section id="priorities">
            <title>Priorities</title>
            <what id="rank" type="ranking">
              <text>Rank what matters most.</text>
              <options>
                <option code="fees"><label>Low fees</label></option>
                <option code="service"><label>Good service</label></option>
                <option code="app"><label>A good app</label></option>
              </options>
            </what>
            <what id="grid" type="matrix">
              <text>Rate each of these.</text>
              <rows>
                <option code="staff"><label>Staff</label></option>
                <option code="branch"><label>Branch</label></option>
              </rows>
              <scale min="1" max="5"/>
            </what>
            <what id="needs" type="importance">
              <text>How important is this, and how well do we do it?</text>
              <needs>
                <option code="speed"><label>Fast transfers</label></option>
              </needs>
              <scale min="1" max="5"/>
              <performance min="1" max="5"/>
            </what>
            <what id="best" type="maxdiff" per-set="3" sets="2" seed="7">
              <text>Which matters most and least?</text>
              <items>
                <option code="a"><label>Item A</label></option>
                <option code="b"><label>Item B</label></option>
                <option code="c"><label>Item C</label></option>
                <option code="d"><label>Item D</label></option>
              </items>
            </what>
            <what id="kano" type="kano">
              <text>About mobile payments:</text>
              <feature code="pay">
                <label>Mobile payments</label>
                <functional>If the app has mobile payments, how do you feel?</functional>
                <dysfunctional>If the app has no mobile payments, how do you feel?</dysfunctional>
              </feature>
            </what>
            <what id="comment" type="text" required="false">
              <text>您对我们的服务有什么建议？请告诉我们您的想法，我们会认真阅读每一条意见并不断改进我们的服务质量。</text>
            </what>
          </section>
        </survey>
        """
}
