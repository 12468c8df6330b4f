"""Writes the Qualtrics .qsf fixtures of the interop tests (standard library only).

The .qsf files are checked in; run this only to change them: python3 make-qsf.py
The layout follows the community descriptions of the format (C. Testa, "How does a Qualtrics Survey File work?",
https://gist.github.com/dreftymac/47ccfa837e7f89d7a37539a6fc25dcac, and the QualtricsTools R package): SurveyEntry,
SurveyElements with BL (blocks), FL (flow), SO (options) and SQ (questions) elements.
"""
import json


def choices(items):
    return {str(cid): {"Display": text} for cid, text in items}


def question(qid, tag, text, qtype, selector, sub=None, items=(), answers=(), recode=None, logic=None,
             lang=None, force=False, extra=None):
    payload = {
        "QuestionText": text, "DataExportTag": tag, "QuestionType": qtype, "Selector": selector,
        "Configuration": {"QuestionDescriptionOption": "UseText"}, "QuestionDescription": text,
        "Validation": {"Settings": {"ForceResponse": "ON" if force else "OFF", "Type": "None"}},
        "Language": lang or [], "QuestionID": qid,
    }
    if sub:
        payload["SubSelector"] = sub
    if items:
        payload["Choices"] = choices(items)
        payload["ChoiceOrder"] = [cid for cid, _ in items]
    if answers:
        payload["Answers"] = choices(answers)
        payload["AnswerOrder"] = [cid for cid, _ in answers]
    if recode:
        payload["RecodeValues"] = {str(k): str(v) for k, v in recode.items()}
    if logic:
        payload["DisplayLogic"] = logic
    for key, value in (extra or {}).items():
        if isinstance(value, dict) and isinstance(payload.get(key), dict):
            payload[key].update(value)
        else:
            payload[key] = value
    return {"SurveyID": "SV_fixture", "Element": "SQ", "PrimaryAttribute": qid, "SecondaryAttribute": text[:40],
            "TertiaryAttribute": None, "Payload": payload}


def nps(qid, tag, text, **kwargs):
    return question(qid, tag, text, "MC", "NPS", items=[(str(i), str(i)) for i in range(11)], **kwargs)


def cond(qid, op, choice=None, value=None, conj=None, kind="SelectableChoice"):
    locator = f"q://{qid}/{kind}/{choice}" if choice is not None else f"q://{qid}/ChoiceTextEntryValue"
    c = {"LogicType": "Question", "QuestionID": qid, "QuestionIsInLoop": "no", "ChoiceLocator": locator,
         "Operator": op, "QuestionIDFromLocator": qid, "LeftOperand": locator, "Type": "Expression"}
    if value is not None:
        c["RightOperand"] = str(value)
    if conj:
        c["Conjuction"] = conj
    return c


def logic(*groups, conj="Or"):
    result = {"Type": "BooleanExpression", "inPage": False}
    for index, group in enumerate(groups):
        g = {str(i): c for i, c in enumerate(group)}
        g["Type"] = "If"
        if index:
            g["Conjuction"] = conj
        result[str(index)] = g
    return result


def survey(path, sid, name, blocks, questions, flow=None, language="EN", extra=()):
    bl = {}
    for index, (bid, description, elements, *kind) in enumerate(blocks):
        bl[str(index)] = {
            "Type": kind[0] if kind else ("Default" if index == 0 else "Standard"), "Description": description,
            "ID": bid,
            "BlockElements": [{"Type": "Page Break"} if e == "PB" else {"Type": "Question", "QuestionID": e}
                              for e in elements],
        }
    if flow is None:
        flow = [{"Type": "Block" if i == 0 else "Standard", "ID": b[0], "FlowID": f"FL_{i + 2}"}
                for i, b in enumerate(blocks) if (b[3] if len(b) > 3 else "") != "Trash"]
    elements = [
        {"SurveyID": sid, "Element": "BL", "PrimaryAttribute": "Survey Blocks", "SecondaryAttribute": None,
         "TertiaryAttribute": None, "Payload": bl},
        {"SurveyID": sid, "Element": "FL", "PrimaryAttribute": "Survey Flow", "SecondaryAttribute": None,
         "TertiaryAttribute": None,
         "Payload": {"Type": "Root", "FlowID": "FL_1", "Flow": flow,
                     "Properties": {"Count": len(flow) + 1}}},
        {"SurveyID": sid, "Element": "SO", "PrimaryAttribute": "Survey Options", "SecondaryAttribute": None,
         "TertiaryAttribute": None, "Payload": {"BackButton": "false", "SurveyLanguage": language}},
    ] + list(extra) + questions
    for q in questions:
        q["SurveyID"] = sid
    document = {
        "SurveyEntry": {"SurveyID": sid, "SurveyName": name, "SurveyDescription": None, "SurveyOwnerID": "UR_x",
                        "SurveyBrandID": "fixture", "SurveyLanguage": language, "SurveyActiveResponseSet": "RS_x",
                        "SurveyStatus": "Inactive", "SurveyCreationDate": "2026-11-02 09:00:00"},
        "SurveyElements": elements,
    }
    with open(path, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")


AGREE5 = [("1", "Strongly disagree"), ("2", "Disagree"), ("3", "Neither agree nor disagree"), ("4", "Agree"),
          ("5", "Strongly agree")]
SAT5 = [("1", "Very dissatisfied"), ("2", "Dissatisfied"), ("3", "Neutral"), ("4", "Satisfied"),
        ("5", "Very satisfied")]
IMPORTANCE5 = [("1", "Not at all important"), ("2", "Slightly important"), ("3", "Moderately important"),
               ("4", "Very important"), ("5", "Extremely important")]

# One of each question type.
survey("qualtrics-basic.qsf", "SV_basic01", "Question types", [
    ("BL_1", "Default Question Block", ["QID1", "QID2", "QID3", "PB", "QID4", "QID5"]),
    ("BL_2", "More", ["QID6", "QID7", "QID8", "QID9", "QID10"]),
], [
    question("QID1", "plan", "Which <b>plan</b> are you on?", "MC", "SAVR",
             items=[("1", "Free"), ("2", "Pro"), ("3", "Team"), ("4", "Other, please say")],
             recode={1: "free", 2: "pro", 3: "team", 4: "other"}, force=True),
    question("QID2", "features", "Which features do you use?", "MC", "MAVR", sub="TX",
             items=[("1", "Reports"), ("2", "Export"), ("3", "None of these")], extra={}),
    question("QID3", "country", "Where are you based?", "MC", "DL",
             items=[("1", "Germany"), ("2", "France"), ("3", "Spain")], recode={1: "de", 2: "fr", 3: "es"}),
    question("QID4", "agree", "How far do you agree?", "Matrix", "Likert", sub="SingleAnswer",
             items=[("1", "It is easy to use"), ("2", "It is good value")], answers=AGREE5),
    question("QID5", "seats", "How many seats do you pay for?", "TE", "SL",
             extra={"Validation": {"Settings": {"ForceResponse": "OFF", "Type": "ContentType",
                                                "ContentType": "ValidNumber"}}}),
    question("QID6", "ease", "How easy was setup?", "Slider", "HSLIDER", items=[("1", "Ease")],
             extra={"Configuration": {"CSSliderMin": 1, "CSSliderMax": 7, "GridLines": 6}}),
    question("QID7", "rank", "Rank these by importance.", "RO", "DND",
             items=[("1", "Price"), ("2", "Speed"), ("3", "Support")]),
    nps("QID8", "nps", "How likely are you to recommend us to a friend or colleague?"),
    question("QID9", "intro_end", "Thank you &amp; goodbye.", "DB", "TB"),
    question("QID10", "comments", "Any other comments?", "TE", "ESTB"),
])

# Translations: Spanish and Simplified Chinese next to English.
survey("qualtrics-translations.qsf", "SV_lang01", "Store visit", [
    ("BL_1", "Visit", ["QID1", "QID2"]),
], [
    question("QID1", "visit", "Did you find what you were looking for?", "MC", "SAHR",
             items=[("1", "Yes"), ("2", "No")], recode={1: "yes", 2: "no"},
             lang={"ES": {"QuestionText": "¿Encontró lo que buscaba?",
                          "Choices": {"1": {"Display": "Sí"}, "2": {"Display": "No"}}},
                   "ZH-S": {"QuestionText": "您找到想要的东西了吗？",
                            "Choices": {"1": {"Display": "是"}, "2": {"Display": "否"}}}}),
    question("QID2", "staff", "Rate the staff.", "Matrix", "Likert", sub="SingleAnswer",
             items=[("1", "Friendliness"), ("2", "Knowledge")], answers=SAT5,
             lang={"ES": {"QuestionText": "Valore al personal.",
                          "Choices": {"1": {"Display": "Amabilidad"}, "2": {"Display": "Conocimiento"}},
                          "Answers": {"1": {"Display": "Muy insatisfecho"}, "5": {"Display": "Muy satisfecho"}}}}),
])

# Display logic and a branch in the flow.
survey("qualtrics-logic.qsf", "SV_logic01", "Commute", [
    ("BL_1", "Travel", ["QID1", "QID2", "QID3", "QID4", "QID5"]),
    ("BL_2", "Drivers", ["QID6"]),
], [
    question("QID1", "mode", "How do you usually travel to work?", "MC", "SAVR",
             items=[("1", "Car"), ("2", "Bus"), ("3", "Bike")], recode={1: "car", 2: "bus", 3: "bike"}),
    question("QID2", "km", "How many kilometres is your commute?", "TE", "SL",
             logic=logic([cond("QID1", "Selected", 1), cond("QID1", "Selected", 2, conj="Or")]),
             extra={"Validation": {"Settings": {"ContentType": "ValidNumber"}}}),
    question("QID3", "problems", "Which problems do you meet?", "MC", "MAVR",
             items=[("1", "Delays"), ("2", "Crowding"), ("3", "Cost")],
             logic=logic([cond("QID1", "NotSelected", 3)])),
    question("QID4", "cost_note", "Tell us about the cost.", "TE", "ML",
             logic=logic([cond("QID3", "Selected", 3)], [cond("QID2", "GreaterThan", value=20,
                                                               kind="ChoiceNumericEntryValue", choice=1)])),
    question("QID5", "panel", "Are you on our commuter panel?", "MC", "SAVR",
             items=[("1", "Yes"), ("2", "No")],
             logic={"0": {"0": {"LogicType": "EmbeddedField", "LeftOperand": "panel", "Operator": "EqualTo",
                                "RightOperand": "1", "Type": "Expression"}, "Type": "If"},
                    "Type": "BooleanExpression"}),
    question("QID6", "parking", "How easy is it to park?", "Slider", "HSLIDER", items=[("1", "Parking")],
             extra={"Configuration": {"CSSliderMin": 0, "CSSliderMax": 10}}),
], flow=[
    {"Type": "Block", "ID": "BL_1", "FlowID": "FL_2"},
    {"Type": "Branch", "FlowID": "FL_3", "Description": "Drivers only",
     "BranchLogic": logic([cond("QID1", "Selected", 1)]),
     "Flow": [{"Type": "Standard", "ID": "BL_2", "FlowID": "FL_4"}]},
])

# Constructs that do not carry over.
survey("qualtrics-unsupported.qsf", "SV_unsup01", "Things voc does not have", [
    ("BL_1", "Main", ["QID1", "QID2", "QID3", "QID4", "QID5", "QID6"]),
    ("BL_2", "Spare", ["QID7"]),
    ("BL_3", "Trash / Unused Questions", ["QID8"], "Trash"),
], [
    question("QID1", "Q 1", "Hello ${e://Field/first_name}, which brand do you use?", "MC", "SAVR",
             items=[("1", "Acme"), ("2", "Globex")],
             extra={"Randomization": {"Type": "All", "Advanced": None, "TotalRandSubset": ""},
                    "SkipLogic": {"1": {"0": {"ChoiceLocator": "q://QID1/SelectableChoice/2",
                                              "Condition": "Is Selected", "SkipToDestination": "ENDOFSURVEY"}}}}),
    question("QID2", "time_page", "Timing", "Timing", "PageTimer"),
    question("QID3", "budget", "Split 100 points across these.", "CS", "VRTL",
             items=[("1", "Price"), ("2", "Quality")]),
    question("QID4", "contact", "Your contact details", "TE", "FORM", items=[("1", "Name"), ("2", "Email")]),
    question("QID5", "why_us", "Why did you choose us?", "TE", "ML"),
    question("QID6", "heat", "Click where you look first.", "HeatMap", "OnOff",
             extra={"Validation": {"Settings": {"Type": "CustomValidation"}}}),
    question("QID7", "spare", "A question in a block the flow does not show", "TE", "SL"),
    question("QID8", "old", "A deleted question", "TE", "SL"),
], flow=[
    {"Type": "EmbeddedData", "FlowID": "FL_2", "EmbeddedData": [{"Description": "source", "Type": "Recipient",
                                                                  "Field": "source", "VariableType": "String"}]},
    {"Type": "BlockRandomizer", "FlowID": "FL_3", "SubSet": "1",
     "Flow": [{"Type": "Block", "ID": "BL_1", "FlowID": "FL_4"}]},
    {"Type": "EndSurvey", "FlowID": "FL_5"},
])

# Bad input.
survey("qualtrics-missing-block.qsf", "SV_bad01", "Missing block", [
    ("BL_1", "Main", ["QID1"]),
], [
    question("QID1", "q1", "A question", "TE", "SL"),
], flow=[{"Type": "Block", "ID": "BL_1", "FlowID": "FL_2"}, {"Type": "Standard", "ID": "BL_9", "FlowID": "FL_3"}])

survey("qualtrics-unknown-question.qsf", "SV_bad02", "Unknown question", [
    ("BL_1", "Main", ["QID1", "QID7"]),
], [
    question("QID1", "q1", "A question", "TE", "SL"),
])

_no_type = question("QID1", "q1", "A question", "TE", "SL")
del _no_type["Payload"]["QuestionType"]
survey("qualtrics-no-type.qsf", "SV_bad03", "No type", [("BL_1", "Main", ["QID1"])], [_no_type])

# Realistic 1: post-purchase CSAT with NPS and a why follow-up.
DETRACTOR = [cond("QID5", "Selected", i, conj="Or" if i else None) for i in range(7)]
survey("qualtrics-csat.qsf", "SV_csatPost", "Post-purchase satisfaction", [
    ("BL_1", "Your order", ["QID1", "QID2", "PB", "QID3", "QID4"]),
    ("BL_2", "Recommendation", ["QID5", "QID6"]),
    ("BL_3", "About you", ["QID7", "QID8"]),
], [
    question("QID1", "channel", "Where did you place your order?", "MC", "SAVR",
             items=[("1", "Our website"), ("2", "The mobile app"), ("3", "In a store"), ("4", "By phone")],
             recode={1: "web", 2: "app", 3: "store", 4: "phone"}, force=True),
    question("QID2", "bought", "What did you buy?", "MC", "MAVR",
             items=[("1", "Clothing"), ("2", "Shoes"), ("3", "Accessories"), ("4", "Something else")],
             recode={1: "clothing", 2: "shoes", 3: "accessories", 4: "other"}, force=True),
    question("QID3", "csat", "How satisfied were you with ...", "Matrix", "Likert", sub="SingleAnswer",
             items=[("1", "the delivery time"), ("2", "the packaging"), ("3", "the quality of the product"),
                    ("4", "the price")], answers=SAT5, force=True),
    question("QID4", "delivery_issue", "What went wrong with the delivery?", "TE", "ML",
             logic=logic([cond("QID3", "Selected", "1/1", kind="SelectableAnswer")])),
    nps("QID5", "nps", "How likely are you to recommend us to a friend or colleague?", force=True),
    question("QID6", "nps_why", "What is the main reason for your score of ${q://QID5/ChoiceGroup/SelectedChoices}?",
             "TE", "ESTB", logic=logic(DETRACTOR)),
    question("QID7", "age", "How old are you?", "MC", "DL",
             items=[("1", "Under 25"), ("2", "25-34"), ("3", "35-49"), ("4", "50-64"), ("5", "65 or older")],
             recode={1: "u25", 2: "25_34", 3: "35_49", 4: "50_64", 5: "65p"}),
    question("QID8", "comments", "Is there anything else you would like to tell us?", "TE", "ESTB"),
])

# Realistic 2: a B2B needs battery (importance and performance of the same needs), a branch for buyers.
NEEDS = [("1", "Easy integration with our ERP"), ("2", "Reliable uptime"), ("3", "Fast support response"),
         ("4", "Transparent pricing"), ("5", "Strong data security"), ("6", "Good reporting")]
PERFORMANCE5 = [("1", "Very poor"), ("2", "Poor"), ("3", "Fair"), ("4", "Good"), ("5", "Excellent")]
survey("qualtrics-b2b-needs.qsf", "SV_b2bNeeds", "Supplier needs study 2026", [
    ("BL_1", "Company", ["QID1", "QID2", "QID3"]),
    ("BL_2", "Needs", ["QID4", "PB", "QID5", "PB", "QID6"]),
    ("BL_3", "Buying", ["QID7", "QID8"]),
    ("BL_4", "Wrap-up", ["QID9", "QID10"]),
], [
    question("QID1", "company_size", "How many people work at your company?", "MC", "SAVR",
             items=[("1", "1-49"), ("2", "50-249"), ("3", "250-999"), ("4", "1,000 or more")],
             recode={1: "small", 2: "medium", 3: "large", 4: "enterprise"}, force=True),
    question("QID2", "industry", "Which industry are you in?", "MC", "DL",
             items=[("1", "Manufacturing"), ("2", "Retail"), ("3", "Finance"), ("4", "Healthcare"),
                    ("5", "Other")],
             recode={1: "manufacturing", 2: "retail", 3: "finance", 4: "healthcare", 5: "other"}),
    question("QID3", "role", "What is your role in choosing suppliers?", "MC", "SAVR",
             items=[("1", "I make the final decision"), ("2", "I recommend"), ("3", "I use the product")],
             recode={1: "decider", 2: "influencer", 3: "user"}, force=True),
    question("QID4", "importance", "How important is each of these to your company?", "Matrix", "Likert",
             sub="SingleAnswer", items=NEEDS, answers=IMPORTANCE5, force=True),
    question("QID5", "performance", "How well does your current supplier perform on each?", "Matrix", "Likert",
             sub="SingleAnswer", items=NEEDS, answers=PERFORMANCE5, force=True),
    question("QID6", "top_needs", "Rank these needs from most to least important.", "RO", "DND",
             items=NEEDS[:4]),
    question("QID7", "budget", "What is your annual budget for this service (EUR)?", "TE", "SL",
             extra={"Validation": {"Settings": {"ContentType": "ValidNumber"}}}),
    question("QID8", "timeline", "When do you plan to choose a supplier?", "MC", "SAVR",
             items=[("1", "Within 3 months"), ("2", "In 3-12 months"), ("3", "Not planned")],
             recode={1: "3m", 2: "12m", 3: "none"}),
    question("QID9", "switch", "How likely are you to switch supplier in the next year?", "Slider", "HSLIDER",
             items=[("1", "Likelihood")], extra={"Configuration": {"CSSliderMin": 0, "CSSliderMax": 10}}),
    question("QID10", "switch_why", "Why would you switch, or why not?", "TE", "ESTB",
             logic=logic([cond("QID9", "GreaterThan", value=5, kind="ChoiceNumericEntryValue", choice=1)])),
], flow=[
    {"Type": "Block", "ID": "BL_1", "FlowID": "FL_2"},
    {"Type": "Standard", "ID": "BL_2", "FlowID": "FL_3"},
    {"Type": "Branch", "FlowID": "FL_4", "Description": "Buyers",
     "BranchLogic": logic([cond("QID3", "Selected", 1), cond("QID3", "Selected", 2, conj="Or")]),
     "Flow": [{"Type": "Standard", "ID": "BL_3", "FlowID": "FL_5"}]},
    {"Type": "Standard", "ID": "BL_4", "FlowID": "FL_6"},
])

# Realistic 3: a bilingual English / Simplified Chinese hotel guest survey.
def zh(text, choices=None, answers=None):
    entry = {"QuestionText": text}
    if choices:
        entry["Choices"] = {str(i + 1): {"Display": c} for i, c in enumerate(choices)}
    if answers:
        entry["Answers"] = {str(i + 1): {"Display": a} for i, a in enumerate(answers)}
    return {"ZH-S": entry}


survey("qualtrics-hotel-bilingual.qsf", "SV_hotelZh", "Hotel guest survey", [
    ("BL_1", "Stay", ["QID1", "QID2", "QID3"]),
    ("BL_2", "Rooms and service", ["QID4", "QID5"]),
    ("BL_3", "Recommendation", ["QID6", "QID7", "QID8"]),
], [
    question("QID1", "purpose", "What was the main purpose of your stay?", "MC", "SAVR",
             items=[("1", "Business"), ("2", "Leisure"), ("3", "Visiting family")],
             recode={1: "business", 2: "leisure", 3: "family"}, force=True,
             lang=zh("您此次入住的主要目的是什么？", ["商务", "休闲", "探亲"])),
    question("QID2", "nights", "How many nights did you stay?", "TE", "SL",
             extra={"Validation": {"Settings": {"ContentType": "ValidNumber"}}},
             lang=zh("您住了几晚？")),
    question("QID3", "booked_via", "How did you book?", "MC", "DL",
             items=[("1", "Hotel website"), ("2", "Travel agency"), ("3", "Booking platform")],
             recode={1: "direct", 2: "agency", 3: "platform"},
             lang=zh("您是如何预订的？", ["酒店官网", "旅行社", "预订平台"])),
    question("QID4", "room", "How satisfied were you with ...", "Matrix", "Likert", sub="SingleAnswer",
             items=[("1", "the cleanliness of the room"), ("2", "the bed"), ("3", "the quiet")], answers=SAT5,
             lang=zh("您对以下方面的满意度如何：", ["房间清洁", "床", "安静程度"],
                     ["非常不满意", "不满意", "一般", "满意", "非常满意"])),
    question("QID5", "services", "Which services did you use?", "MC", "MAVR",
             items=[("1", "Breakfast"), ("2", "Gym"), ("3", "Spa"), ("4", "None of these")],
             recode={1: "breakfast", 2: "gym", 3: "spa", 4: "none"},
             lang=zh("您使用了哪些服务？", ["早餐", "健身房", "水疗", "以上都没有"]),
             extra={"Choices": {"4": {"Display": "None of these", "ExclusiveAnswer": True}}}),
    nps("QID6", "nps", "How likely are you to recommend this hotel to a friend?", force=True,
        lang=zh("您向朋友推荐本酒店的可能性有多大？")),
    question("QID7", "nps_reason", "What is the main reason for your score?", "TE", "ESTB",
             logic=logic([cond("QID6", "Selected", i, conj="Or" if i else None) for i in range(9, 11)]),
             lang=zh("您给出这个分数的主要原因是什么？")),
    question("QID8", "return", "Would you stay with us again?", "MC", "SAHR",
             items=[("1", "Yes"), ("2", "Maybe"), ("3", "No")], recode={1: "yes", 2: "maybe", 3: "no"},
             lang=zh("您会再次入住吗？", ["会", "也许", "不会"])),
], language="EN")

# Older exports: the blocks' payload is an array, there is no flow (FL), and an MC question has an empty Choices
# array; texts carry HTML entities and line breaks.
survey("qualtrics-array-payloads.qsf", "SV_array01", "Array payloads", [
    ("BL_1", "First", ["QID1", "QID2"]),
    ("BL_2", "Second", ["QID3"]),
], [
    question("QID1", "intro", "Caf&eacute; &amp; bar<br>survey", "DB", "TB"),
    question("QID2", "visits", "How often do you visit?", "MC", "SAVR", extra={"Choices": []}),
    question("QID3", "rating", "Rate us &#8211; <i>honestly</i>.", "Slider", "HSLIDER",
             items=[("1", "Food"), ("2", "Drinks")],
             extra={"Configuration": {"CSSliderMin": 1, "CSSliderMax": 5}}),
])
with open("qualtrics-array-payloads.qsf", encoding="utf-8") as source:
    _doc = json.load(source)
_doc["SurveyElements"] = [e for e in _doc["SurveyElements"] if e["Element"] != "FL"]
_blocks = _doc["SurveyElements"][0]["Payload"]
_doc["SurveyElements"][0]["Payload"] = [_blocks[k] for k in sorted(_blocks)]
with open("qualtrics-array-payloads.qsf", "w", encoding="utf-8") as out:
    json.dump(_doc, out, ensure_ascii=False, indent=2)
    out.write("\n")
