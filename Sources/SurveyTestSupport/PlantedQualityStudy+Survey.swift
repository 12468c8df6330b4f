extension PlantedQualityStudy {
    /// The planted study's survey definition (XML), in English with a Chinese translation.
    public static let surveyXML = """
        <?xml version="1.0" encoding="UTF-8"?>
        <survey xmlns="https://voc.dev/schema/survey/1" id="planted-quality" version="1.0.0" kind="survey"
                lang="en" translations="zh">
          <title>Banking needs</title>
          <title lang="zh">银行需求调查</title>
          <attributes>
            <attribute id="industry" type="text"><label>Industry</label></attribute>
            <attribute id="email" type="text" personal="true"><label>E-mail</label></attribute>
          </attributes>
          <segments>
            <segment id="retail" when="{industry} = 'retail'"><label>Retail</label></segment>
            <segment id="finance" when="{industry} = 'finance'"><label>Finance</label></segment>
          </segments>
          <consistency-rules>
            <rule id="adult" when="{age} &gt;= 18">
              <message>Respondents are adults</message>
              <message lang="zh">受访者均为成年人</message>
            </rule>
          </consistency-rules>
          <section id="main">
            <what id="age" type="numeric" integer="true" min="10" max="99">
              <text>How old are you?</text>
              <text lang="zh">您的年龄是？</text>
            </what>
            <what id="nps" type="nps">
              <text>How likely are you to recommend us to a friend?</text>
              <text lang="zh">您向朋友推荐我们的可能性有多大？</text>
            </what>
            <why id="why_nps" about="nps">
              <text>What is the main reason for your score?</text>
              <text lang="zh">您给出这个分数的主要原因是什么？</text>
            </why>
            <what id="imp" type="importance">
              <text>How important is each of these to you?</text>
              <text lang="zh">以下各项对您有多重要？</text>
              <needs>
                <option code="n1">Fair fees</option>
                <option code="n2">Security</option>
                <option code="n3">Branch nearby</option>
                <option code="n4">Investment advice</option>
                <option code="n5">Cashback</option>
                <option code="n6">Budgeting tools</option>
                <option code="n7">Paper statements</option>
                <option code="n8">Premium card</option>
              </needs>
              <scale min="1" max="5">
                <label value="1">Not at all important</label>
                <label value="5">Extremely important</label>
              </scale>
            </what>
            <what id="sat" type="matrix">
              <text>How satisfied are you with each of these?</text>
              <text lang="zh">您对以下各项的满意程度如何？</text>
              <rows>
                <option code="r1">Staff</option>
                <option code="r2">App</option>
                <option code="r3">Fees</option>
                <option code="r4">Opening hours</option>
                <option code="r5">Advice</option>
                <option code="att">To show you are reading, choose 2 here</option>
              </rows>
              <scale min="1" max="5">
                <label value="1">Very dissatisfied</label>
                <label value="5">Very satisfied</label>
              </scale>
              <attention-check row="att" expect="2"/>
            </what>
          </section>
        </survey>
        """
}
