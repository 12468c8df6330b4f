"""Writes the LimeSurvey .lss fixtures of the interop tests (standard library only), in both layouts.

The .lss files are checked in; run this only to change them: python3 make-lss.py
The layout follows LimeSurvey's exporter (https://github.com/LimeSurvey/LimeSurvey, export_helper.php): a
<document> with one element per table, <fields> then <rows> of CDATA values. The old layout (DBVersion 366,
LimeSurvey 3.x) repeats group, question, subquestion and answer rows per language with their texts; the new
layout (DBVersion 600, LimeSurvey 6.x) keeps texts in group_l10ns, question_l10ns and answer_l10ns.
"""


def table(name, rows):
    if not rows:
        return ""
    fields = list(rows[0].keys())
    out = [f" <{name}>", "  <fields>"] + [f"   <fieldname>{f}</fieldname>" for f in fields] + ["  </fields>", "  <rows>"]
    for row in rows:
        out.append("   <row>")
        for f in fields:
            value = row.get(f, "")
            out.append(f"    <{f}><![CDATA[{value}]]></{f}>")
        out.append("   </row>")
    out += ["  </rows>", f" </{name}>"]
    return "\n".join(out) + "\n"


def write(path, sid, languages, title, groups, new_layout=True):
    """groups: [(gid, {lang: name}, relevance, [question])]; question: dict with qid, type, title, texts {lang: text},
    mandatory, other, relevance, answers [(code, {lang: text})], subs [(qid, code, {lang: text})]."""
    base = languages[0]
    g_rows, gl_rows, q_rows, s_rows, ql_rows, a_rows, al_rows, attr_rows = [], [], [], [], [], [], [], []
    aid = 1
    for order, (gid, names, relevance, questions) in enumerate(groups):
        common = {"gid": gid, "sid": sid, "group_order": order, "randomization_group": "", "grelevance": relevance}
        if new_layout:
            g_rows.append(common)
            for lang in languages:
                gl_rows.append({"id": len(gl_rows) + 1, "gid": gid, "group_name": names.get(lang, ""),
                                "description": "", "language": lang})
        else:
            for lang in languages:
                g_rows.append({**common, "group_name": names.get(lang, ""), "description": "", "language": lang})
        for qorder, q in enumerate(questions):
            row = {"qid": q["qid"], "parent_qid": 0, "sid": sid, "gid": gid, "type": q["type"], "title": q["title"],
                   "other": q.get("other", "N"), "mandatory": q.get("mandatory", "N"), "question_order": qorder + 1,
                   "scale_id": 0, "same_default": 0, "relevance": q.get("relevance", "1")}
            if new_layout:
                q_rows.append(row)
                for lang in languages:
                    ql_rows.append({"id": len(ql_rows) + 1, "qid": q["qid"], "question": q["texts"].get(lang, ""),
                                    "help": q.get("help", {}).get(lang, ""), "language": lang})
            else:
                for lang in languages:
                    q_rows.append({**row, "question": q["texts"].get(lang, ""),
                                   "help": q.get("help", {}).get(lang, ""), "language": lang})
            for name, value in q.get("attributes", {}).items():
                attr_rows.append({"qid": q["qid"], "attribute": name, "value": value, "language": ""})
            for sorder, (sqid, code, texts) in enumerate(q.get("subs", [])):
                srow = {"qid": sqid, "parent_qid": q["qid"], "sid": sid, "gid": gid, "type": "T", "title": code,
                        "other": "N", "mandatory": "", "question_order": sorder + 1, "scale_id": 0,
                        "same_default": 0, "relevance": "1"}
                if new_layout:
                    s_rows.append(srow)
                    for lang in languages:
                        ql_rows.append({"id": len(ql_rows) + 1, "qid": sqid, "question": texts.get(lang, ""),
                                        "help": "", "language": lang})
                else:
                    for lang in languages:
                        s_rows.append({**srow, "question": texts.get(lang, ""), "help": "", "language": lang})
            for aorder, (code, texts) in enumerate(q.get("answers", [])):
                arow = {"qid": q["qid"], "code": code, "sortorder": aorder + 1, "assessment_value": 0, "scale_id": 0}
                if new_layout:
                    a_rows.append({"aid": aid, **arow})
                    for lang in languages:
                        al_rows.append({"id": len(al_rows) + 1, "aid": aid, "answer": texts.get(lang, ""),
                                        "language": lang})
                    aid += 1
                else:
                    for lang in languages:
                        a_rows.append({**arow, "answer": texts.get(lang, ""), "language": lang})
    survey_row = {"sid": sid, "owner_id": 1, "admin": "Admin", "active": "N", "language": base,
                  "additional_languages": " ".join(languages[1:]), "format": "G"}
    settings = [{"surveyls_survey_id": sid, "surveyls_language": lang, "surveyls_title": title.get(lang, ""),
                 "surveyls_description": ""} for lang in languages]
    parts = ['<?xml version="1.0" encoding="UTF-8"?>', "<document>",
             " <LimeSurveyDocType>Survey</LimeSurveyDocType>",
             f" <DBVersion>{600 if new_layout else 366}</DBVersion>",
             " <languages>"] + [f"  <language>{lang}</language>" for lang in languages] + [" </languages>"]
    body = table("answers", a_rows) + (table("answer_l10ns", al_rows) if new_layout else "")
    body += table("groups", g_rows) + (table("group_l10ns", gl_rows) if new_layout else "")
    body += table("questions", q_rows) + table("subquestions", s_rows)
    body += table("question_l10ns", ql_rows) if new_layout else ""
    body += table("surveys", [survey_row]) + table("surveys_languagesettings", settings)
    body += table("question_attributes", attr_rows) if attr_rows else ""
    with open(path, "w", encoding="utf-8") as out:
        out.write("\n".join(parts) + "\n" + body + "</document>\n")


def en(text):
    return {"en": text}


YES_NO = [("A1", en("Yes")), ("A2", en("No"))]

BASIC = [
    ("1", en("About you"), "1", [
        {"qid": 10, "type": "L", "title": "plan", "texts": en("Which <b>plan</b> are you on?"), "mandatory": "Y",
         "other": "Y", "answers": [("A1", en("Free")), ("A2", en("Pro"))]},
        {"qid": 11, "type": "M", "title": "features", "texts": en("Which features do you use?"),
         "subs": [(111, "SQ001", en("Reports")), (112, "SQ002", en("Export"))]},
        {"qid": 12, "type": "!", "title": "country", "texts": en("Where are you based?"),
         "answers": [("de", en("Germany")), ("fr", en("France"))]},
        {"qid": 13, "type": "5", "title": "ease", "texts": en("How easy was setup?")},
        {"qid": 14, "type": "Y", "title": "renew", "texts": en("Will you renew?")},
    ]),
    ("2", en("Details"), "1", [
        {"qid": 20, "type": "A", "title": "agree", "texts": en("How far do you agree?"),
         "subs": [(201, "easy", en("It is easy to use")), (202, "value", en("It is good value"))]},
        {"qid": 21, "type": "F", "title": "sat", "texts": en("How satisfied are you with ..."),
         "subs": [(211, "speed", en("speed")), (212, "support", en("support"))],
         "answers": [("1", en("Unhappy")), ("2", en("Neutral")), ("3", en("Happy"))]},
        {"qid": 22, "type": "N", "title": "seats", "texts": en("How many seats?")},
        {"qid": 23, "type": "S", "title": "city", "texts": en("Which city?")},
        {"qid": 24, "type": "T", "title": "comments", "texts": en("Any comments?")},
        {"qid": 25, "type": "D", "title": "since", "texts": en("Customer since?")},
        {"qid": 26, "type": "R", "title": "rank", "texts": en("Rank these."),
         "answers": [("p", en("Price")), ("s", en("Speed"))]},
        {"qid": 27, "type": "X", "title": "bye", "texts": en("Thank you &amp; goodbye.")},
        {"qid": 28, "type": "B", "title": "ten", "texts": en("Rate 1 to 10."),
         "subs": [(281, "overall", en("Overall"))]},
    ]),
]
write("limesurvey-basic.lss", 111111, ["en"], en("Question types"), BASIC)
write("limesurvey-basic-old.lss", 111111, ["en"], en("Question types"), BASIC, new_layout=False)

# Relevance equations (Expression Manager).
write("limesurvey-logic.lss", 222222, ["en"], en("Commute"), [
    ("1", en("Travel"), "1", [
        {"qid": 1, "type": "L", "title": "mode", "texts": en("How do you travel to work?"),
         "answers": [("car", en("Car")), ("bus", en("Bus")), ("bike", en("Bike"))]},
        {"qid": 2, "type": "N", "title": "km", "texts": en("How many kilometres?"),
         "relevance": 'mode == "car" || mode.NAOK == "bus"'},
        {"qid": 3, "type": "M", "title": "problems", "texts": en("Which problems do you meet?"),
         "subs": [(31, "delay", en("Delays")), (32, "cost", en("Cost"))], "relevance": "!is_empty(mode)"},
        {"qid": 4, "type": "T", "title": "cost_note", "texts": en("Tell us about the cost."),
         "relevance": 'problems_cost == "Y" && km > 10'},
        {"qid": 5, "type": "S", "title": "age_note", "texts": en("Anything else?"),
         "relevance": "strlen(km) > 1"},
    ]),
    ("2", en("Drivers"), 'mode == "car"', [
        {"qid": 6, "type": "5", "title": "parking", "texts": en("How easy is it to park?")},
    ]),
])

# Constructs that do not carry over.
write("limesurvey-unsupported.lss", 333333, ["en"], en("Unsupported"), [
    ("1", en("Main"), "1", [
        {"qid": 1, "type": "O", "title": "brand", "texts": en("Which brand?"), "mandatory": "S",
         "answers": [("a", en("Acme")), ("b", en("Globex"))],
         "attributes": {"random_order": "1", "hide_tip": "0", "other_replace_text": "Another brand"}},
        {"qid": 2, "type": "K", "title": "hours", "texts": en("Hours per day on ..."),
         "subs": [(21, "work", en("work")), (22, "play", en("play"))]},
        {"qid": 3, "type": "*", "title": "score", "texts": en("{hours_work + hours_play}")},
        {"qid": 4, "type": "|", "title": "photo", "texts": en("Upload a photo.")},
        {"qid": 5, "type": "T", "title": "why_us", "texts": en("Why did you choose us?")},
        {"qid": 6, "type": "P", "title": "uses", "texts": en("What do you use it for?"),
         "subs": [(61, "home", en("Home")), (62, "work", en("Work"))]},
    ]),
])

# Bad input: a question in a group the survey does not have.
write("limesurvey-unknown-group.lss", 444444, ["en"], en("Unknown group"), [
    ("1", en("Main"), "1", [{"qid": 1, "type": "S", "title": "q1", "texts": en("A question")}]),
])
with open("limesurvey-unknown-group.lss", encoding="utf-8") as source:
    _text = source.read()
_text = _text.replace("<qid><![CDATA[1]]></qid>\n    <parent_qid><![CDATA[0]]></parent_qid>\n    <sid><![CDATA[444444]]></sid>\n"
                      "    <gid><![CDATA[1]]></gid>",
                      "<qid><![CDATA[1]]></qid>\n    <parent_qid><![CDATA[0]]></parent_qid>\n    <sid><![CDATA[444444]]></sid>\n"
                      "    <gid><![CDATA[7]]></gid>")
with open("limesurvey-unknown-group.lss", "w", encoding="utf-8") as out:
    out.write(_text)

SAT5 = [(str(i + 1), en(t)) for i, t in enumerate(
    ["Very dissatisfied", "Dissatisfied", "Neutral", "Satisfied", "Very satisfied"])]
NPS = [(str(i), en(str(i))) for i in range(11)]

# Realistic 1: post-purchase CSAT with NPS (11 answer options 0..10) and a why follow-up (new layout).
write("limesurvey-csat.lss", 555555, ["en"], en("Post-purchase satisfaction"), [
    ("1", en("Your order"), "1", [
        {"qid": 1, "type": "L", "title": "channel", "texts": en("Where did you place your order?"), "mandatory": "Y",
         "answers": [("web", en("Our website")), ("app", en("The mobile app")), ("store", en("In a store"))]},
        {"qid": 2, "type": "M", "title": "bought", "texts": en("What did you buy?"), "other": "Y",
         "subs": [(21, "clothing", en("Clothing")), (22, "shoes", en("Shoes"))]},
        {"qid": 3, "type": "F", "title": "csat", "texts": en("How satisfied were you with ..."), "mandatory": "Y",
         "subs": [(31, "delivery", en("the delivery time")), (32, "packaging", en("the packaging")),
                  (33, "quality", en("the quality of the product"))], "answers": SAT5},
        {"qid": 4, "type": "T", "title": "delivery_issue", "texts": en("What went wrong with the delivery?"),
         "relevance": "csat_delivery <= 2"},
    ]),
    ("2", en("Recommendation"), "1", [
        {"qid": 5, "type": "L", "title": "nps", "texts": en("How likely are you to recommend us to a friend?"),
         "mandatory": "Y", "answers": NPS},
        {"qid": 6, "type": "T", "title": "nps_why", "texts": en("What is the main reason for your score?"),
         "relevance": 'nps == "0" || nps == "1" || nps == "2"'},
    ]),
    ("3", en("About you"), "1", [
        {"qid": 7, "type": "!", "title": "age", "texts": en("How old are you?"),
         "answers": [("u35", en("Under 35")), ("35_54", en("35-54")), ("55p", en("55 or older"))]},
        {"qid": 8, "type": "T", "title": "comments", "texts": en("Anything else you would like to tell us?")},
    ]),
])

# Realistic 2: a B2B needs battery with a buyers-only group (new layout).
IMP5 = [(str(i + 1), en(t)) for i, t in enumerate(
    ["Not at all important", "Slightly important", "Moderately important", "Very important", "Extremely important"])]
NEEDS = [(41, "erp", en("Easy integration with our ERP")), (42, "uptime", en("Reliable uptime")),
         (43, "support", en("Fast support response")), (44, "price", en("Transparent pricing"))]
write("limesurvey-b2b-needs.lss", 666666, ["en"], en("Supplier needs study 2026"), [
    ("1", en("Company"), "1", [
        {"qid": 1, "type": "L", "title": "size", "texts": en("How many people work at your company?"),
         "mandatory": "Y", "answers": [("small", en("1-49")), ("medium", en("50-249")), ("large", en("250+"))]},
        {"qid": 2, "type": "L", "title": "role", "texts": en("What is your role in choosing suppliers?"),
         "mandatory": "Y", "answers": [("decider", en("I decide")), ("influencer", en("I recommend")),
                                        ("user", en("I use the product"))]},
    ]),
    ("2", en("Needs"), "1", [
        {"qid": 4, "type": "F", "title": "importance", "texts": en("How important is each of these?"),
         "mandatory": "Y", "subs": NEEDS, "answers": IMP5},
        {"qid": 5, "type": "A", "title": "performance", "texts": en("How well does your supplier perform?"),
         "subs": [(q + 10, c, t) for q, c, t in NEEDS]},
        {"qid": 6, "type": "R", "title": "top_needs", "texts": en("Rank these needs."),
         "answers": [("erp", en("Integration")), ("uptime", en("Uptime")), ("support", en("Support"))]},
    ]),
    ("3", en("Buying"), 'role == "decider" || role == "influencer"', [
        {"qid": 7, "type": "N", "title": "budget", "texts": en("Annual budget for this service (EUR)?")},
        {"qid": 8, "type": "L", "title": "timeline", "texts": en("When will you choose a supplier?"),
         "answers": [("3m", en("Within 3 months")), ("12m", en("In 3-12 months")), ("none", en("Not planned"))]},
    ]),
])

# Realistic 3: a bilingual English / Simplified Chinese hotel survey in the old layout (rows per language).
def enzh(english, chinese):
    return {"en": english, "zh-Hans": chinese}


write("limesurvey-hotel-bilingual.lss", 777777, ["en", "zh-Hans"], enzh("Hotel guest survey", "酒店客人调查"), [
    ("1", enzh("Your stay", "您的入住"), "1", [
        {"qid": 1, "type": "L", "title": "purpose", "texts": enzh("What was the main purpose of your stay?",
                                                                    "您此次入住的主要目的是什么？"),
         "mandatory": "Y", "answers": [("business", enzh("Business", "商务")), ("leisure", enzh("Leisure", "休闲"))]},
        {"qid": 2, "type": "N", "title": "nights", "texts": enzh("How many nights did you stay?", "您住了几晚？"),
         "help": enzh("Count the nights.", "请按晚数计算。")},
        {"qid": 3, "type": "M", "title": "services", "texts": enzh("Which services did you use?", "您使用了哪些服务？"),
         "subs": [(31, "breakfast", enzh("Breakfast", "早餐")), (32, "gym", enzh("Gym", "健身房"))]},
    ]),
    ("2", enzh("Your opinion", "您的意见"), "1", [
        {"qid": 4, "type": "F", "title": "room", "texts": enzh("How satisfied were you with ...", "您对以下方面的满意度如何："),
         "subs": [(41, "clean", enzh("cleanliness", "清洁")), (42, "quiet", enzh("quiet", "安静"))],
         "answers": [(str(i + 1), enzh(e, z)) for i, (e, z) in enumerate(
             [("Very dissatisfied", "非常不满意"), ("Dissatisfied", "不满意"), ("Neutral", "一般"),
              ("Satisfied", "满意"), ("Very satisfied", "非常满意")])]},
        {"qid": 5, "type": "5", "title": "overall", "texts": enzh("Overall, how was your stay?", "总体而言，您的入住体验如何？"),
         "mandatory": "Y"},
        {"qid": 6, "type": "T", "title": "overall_why", "texts": enzh("Why do you give this rating?", "您为什么给出这个评分？"),
         "relevance": "overall <= 2"},
    ]),
], new_layout=False)
