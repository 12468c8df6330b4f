"""Writes the XLSForm fixtures of the interop tests with openpyxl (pip install openpyxl).

The .xlsx files are checked in; run this only to change them: python3 make-xlsforms.py
Forms follow the XLSForm reference (https://xlsform.org/en/) and ODK's form docs.
"""
import openpyxl


def workbook(path, survey, choices=None, settings=None, extra_sheets=()):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "survey"
    for row in survey:
        sheet.append(row)
    if choices is not None:
        ws = book.create_sheet("choices")
        for row in choices:
            ws.append(row)
    if settings is not None:
        ws = book.create_sheet("settings")
        for row in settings:
            ws.append(row)
    for name in extra_sheets:
        book.create_sheet(name)
    book.save(path)


# One of each basic type.
workbook("xlsform-basic.xlsx", [
    ["type", "name", "label", "hint", "required"],
    ["note", "intro", "Welcome to the survey.", None, None],
    ["select_one yes_no", "owns_phone", "Do you own a mobile phone?", None, "yes"],
    ["select_multiple apps", "apps", "Which apps do you use?", "Select all that apply.", None],
    ["rank apps", "app_rank", "Rank the apps by how often you use them.", None, None],
    ["integer", "age", "How old are you?", None, "true()"],
    ["decimal", "spend", "How much did you spend last month?", None, None],
    ["text", "city", "Which city do you live in?", None, None],
    ["date", "visit", "When did you last visit a shop?", None, None],
], [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
    ["apps", "chat", "Chat"],
    ["apps", "maps", "Maps"],
    ["apps", "bank", "Banking"],
], [["form_title", "form_id", "version"], ["Phone use", "phone_use", "2024011501"]])

# Translations: label::English (en) style columns, hints, choices, default_language.
workbook("xlsform-translations.xlsx", [
    ["type", "name", "label::English (en)", "label::Français (fr)", "hint::English (en)", "hint::Français (fr)"],
    ["select_one yes_no", "consent", "Do you agree to take part?", "Acceptez-vous de participer ?",
     "You can stop at any time.", "Vous pouvez arrêter à tout moment."],
    ["integer", "members", "How many people live here?", "Combien de personnes vivent ici ?", None, None],
], [
    ["list_name", "name", "label::English (en)", "label::Français (fr)"],
    ["yes_no", "1", "Yes", "Oui"],
    ["yes_no", "0", "No", "Non"],
], [["form_title", "form_id", "default_language"], ["Household", "household_tr", "English (en)"]])

# Logic: relevant, constraint with message, selected(), count-selected, not(), calculate.
workbook("xlsform-logic.xlsx", [
    ["type", "name", "label", "relevant", "constraint", "constraint_message", "calculation", "required"],
    ["integer", "age", "Age in years", None, ". >= 0 and . <= 120", "Age must be between 0 and 120.", None, "yes"],
    ["select_one yes_no", "smoker", "Do you smoke?", "${age} >= 18", None, None, None, "yes"],
    ["integer", "per_day", "Cigarettes per day", "${smoker} = 'yes'", ". > 0", None, None, None],
    ["select_multiple drinks", "drinks", "Which drinks do you have daily?", None, None, None, None, None],
    ["integer", "coffee_cups", "Cups of coffee a day", "selected(${drinks}, 'coffee') and not(${smoker} = 'no')",
     None, None, None, None],
    ["note", "many", "You have several drinks a day.", "count-selected(${drinks}) > 1", None, None, None, None],
    ["calculate", "age_months", None, None, None, None, "${age} * 12", None],
    ["calculate", "name_length", None, None, None, None, "string-length(${city})", None],
    ["text", "city", "City", "string-length(${drinks}) > 0 or ${age} > 10", None, None, None, "${age} > 30"],
], [
    ["list_name", "name", "label"],
    ["yes_no", "yes", "Yes"],
    ["yes_no", "no", "No"],
    ["drinks", "coffee", "Coffee"],
    ["drinks", "tea", "Tea"],
    ["drinks", "water", "Water"],
], [["form_title", "form_id"], ["Habits", "habits"]])

# Grids: a table-list group of select_one rows sharing a numeric list becomes a matrix; a field-list group of
# mixed questions does not.
workbook("xlsform-grid.xlsx", [
    ["type", "name", "label", "appearance"],
    ["begin group", "service", "How satisfied are you with...", "table-list"],
    ["select_one sat5", "speed", "the speed of service", None],
    ["select_one sat5", "staff", "the friendliness of staff", None],
    ["select_one sat5", "price", "the price", None],
    ["end group", None, None, None],
    ["begin group", "about", "About you", "field-list"],
    ["select_one sat5", "overall", "Overall satisfaction", None],
    ["text", "comment", "Anything else?", "multiline"],
    ["end group", None, None, None],
], [
    ["list_name", "name", "label"],
    ["sat5", "1", "Very dissatisfied"],
    ["sat5", "2", "Dissatisfied"],
    ["sat5", "3", "Neutral"],
    ["sat5", "4", "Satisfied"],
    ["sat5", "5", "Very satisfied"],
], [["form_title", "form_id"], ["Service grid", "service_grid"]])

# Constructs voc does not carry over as they are.
workbook("xlsform-unsupported.xlsx", [
    ["type", "name", "label", "appearance", "choice_filter", "default", "required"],
    ["start", "start", None, None, None, None, None],
    ["select_one country or_other", "country", "Country", "minimal", None, None, None],
    ["select_one city", "city", "City", None, "country=${country}", None, None],
    ["begin repeat", "member", "Household member", None, None, None, None],
    ["text", "member_name", "Name", None, None, None, None],
    ["end repeat", None, None, None, None, None, None],
    ["geopoint", "location", "Where are you?", None, None, None, None],
    ["integer", "rooms", "Rooms", None, None, "2", None],
    ["text", "why_here", "Why do you live here?", None, None, None, None],
    ["select_one yes_no", "1st.visit", "First visit?", None, None, None, None],
], [
    ["list_name", "name", "label", "country"],
    ["country", "ke", "Kenya", None],
    ["country", "ug", "Uganda", None],
    ["city", "nairobi", "Nairobi", "ke"],
    ["city", "mombasa", "Mombasa", "ke"],
    ["city", "kampala", "Kampala", "ug"],
    ["yes_no", "yes", "Yes", None],
    ["yes_no", "no", "No", None],
], [["form_title", "form_id"], ["Unsupported", "unsupported"]])

# Why follow-up: a text question conditional on the rating just before it.
workbook("xlsform-why.xlsx", [
    ["type", "name", "label", "relevant", "parameters"],
    ["range", "recommend", "How likely are you to recommend us?", None, "start=0 end=10 step=1"],
    ["text", "recommend_why", "Why did you give that score?", "${recommend} <= 6", None],
    ["select_one sat3", "delivery", "How was the delivery?", None, None],
    ["text", "delivery_why", "Why was the delivery poor?", "${delivery} = '1'", None],
    ["text", "delivery_how", "Who delivered it?", "${delivery} = '3'", None],
], [
    ["list_name", "name", "label"],
    ["sat3", "1", "Poor"],
    ["sat3", "2", "Fair"],
    ["sat3", "3", "Good"],
], [["form_title", "form_id"], ["Why follow-ups", "why_followups"]])

# Bad input.
workbook("xlsform-no-survey-sheet.xlsx", [["type", "name", "label"]], [["list_name", "name", "label"]])
book = openpyxl.load_workbook("xlsform-no-survey-sheet.xlsx")
book["survey"].title = "questions"
book.save("xlsform-no-survey-sheet.xlsx")
workbook("xlsform-unknown-list.xlsx", [
    ["type", "name", "label"],
    ["integer", "age", "Age"],
    ["select_one colours", "colour", "Favourite colour"],
], [["list_name", "name", "label"], ["yes_no", "yes", "Yes"]])
with open("xlsform-basic.xlsx", "rb") as whole, open("xlsform-truncated.xlsx", "wb") as cut:
    data = whole.read()
    cut.write(data[: len(data) // 2])
with open("xlsform-old.xlsx", "wb") as old:
    old.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(504))

# Realistic multi-page forms.
L = "label::English (en)"
S = "label::Español (es)"
workbook("xlsform-household.xlsx", [
    ["type", "name", L, S, "hint::English (en)", "relevant", "constraint", "constraint_message::English (en)",
     "required", "appearance"],
    ["begin group", "consent_page", "Consent", "Consentimiento", None, None, None, None, None, None],
    ["note", "intro", "We are collecting information about households in this district.",
     "Recopilamos información sobre los hogares de este distrito.", None, None, None, None, None, None],
    ["select_one yes_no", "consent", "Do you agree to be interviewed?", "¿Acepta ser entrevistado?", None, None,
     None, None, "yes", None],
    ["end group", None, None, None, None, None, None, None, None, None],
    ["begin group", "household", "Household", "Hogar", None, "${consent} = 'yes'", None, None, None, None],
    ["integer", "hh_size", "How many people live in this household?", "¿Cuántas personas viven en este hogar?",
     "Include children.", None, ". > 0 and . < 40", "Between 1 and 39 people.", "yes", None],
    ["select_one water", "water_source", "Main source of drinking water", "Fuente principal de agua potable",
     None, None, None, None, "yes", None],
    ["integer", "water_minutes", "Minutes to fetch water", "Minutos para buscar agua", None,
     "${water_source} != 'piped'", ". >= 0", "Cannot be negative.", None, None],
    ["select_multiple assets", "assets", "Which of these does the household own?",
     "¿Cuáles de estos tiene el hogar?", None, None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None, None, None],
    ["begin group", "income", "Income", "Ingresos", None, "${consent} = 'yes'", None, None, None, None],
    ["select_one yes_no", "employed", "Is anyone in the household employed?", "¿Alguien del hogar tiene empleo?",
     None, None, None, None, "yes", None],
    ["decimal", "monthly_income", "Monthly income (USD)", "Ingreso mensual (USD)", None, "${employed} = 'yes'",
     ". >= 0", "Cannot be negative.", None, None],
    ["date", "interview_date", "Date of interview", "Fecha de la entrevista", None, None, None, None, "yes", None],
    ["end group", None, None, None, None, None, None, None, None, None],
], [
    ["list_name", "name", L, S],
    ["yes_no", "yes", "Yes", "Sí"],
    ["yes_no", "no", "No", "No"],
    ["water", "piped", "Piped water", "Agua entubada"],
    ["water", "well", "Protected well", "Pozo protegido"],
    ["water", "surface", "River or lake", "Río o lago"],
    ["assets", "radio", "Radio", "Radio"],
    ["assets", "bicycle", "Bicycle", "Bicicleta"],
    ["assets", "phone", "Mobile phone", "Teléfono móvil"],
    ["assets", "none", "None of these", "Ninguno"],
], [["form_title", "form_id", "version", "default_language"],
    ["District household survey", "hh_district", "1.2.0", "English (en)"]])

workbook("xlsform-customer.xlsx", [
    ["type", "name", "label", "hint", "relevant", "appearance", "parameters", "required"],
    ["begin group", "visit", "Your visit", None, None, None, None, None],
    ["select_one store", "store", "Which store did you visit?", None, None, "minimal", None, "yes"],
    ["select_multiple reason", "reasons", "Why did you come in today?", None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None],
    ["begin group", "rating", "Please rate...", None, None, "table-list", None, None],
    ["select_one agree5", "rate_clean", "The store was clean", None, None, None, None, "yes"],
    ["select_one agree5", "rate_stock", "The products I wanted were in stock", None, None, None, None, "yes"],
    ["select_one agree5", "rate_staff", "Staff were helpful", None, None, None, None, "yes"],
    ["end group", None, None, None, None, None, None, None],
    ["begin group", "loyalty", "Loyalty", None, None, None, None, None],
    ["range", "nps", "How likely are you to recommend us to a friend?", "0 = not at all, 10 = extremely",
     None, None, "start=0 end=10 step=1", "yes"],
    ["text", "nps_why", "What is the main reason for your score?", None, "${nps} <= 6", None, None, None],
    ["range", "effort", "How easy was it to find what you needed?", None, None, None, "start=1 end=7 step=1",
     None],
    ["text", "suggestion", "Why would you change anything about the store?", None, None, "multiline", None,
     None],
    ["end group", None, None, None, None, None, None, None],
], [
    ["list_name", "name", "label"],
    ["store", "north", "North Mall"],
    ["store", "central", "Central Station"],
    ["store", "airport", "Airport"],
    ["reason", "groceries", "Groceries"],
    ["reason", "pharmacy", "Pharmacy"],
    ["reason", "browse", "Just browsing"],
    ["agree5", "1", "Strongly disagree"],
    ["agree5", "2", "Disagree"],
    ["agree5", "3", "Neither"],
    ["agree5", "4", "Agree"],
    ["agree5", "5", "Strongly agree"],
], [["form_title", "form_id"], ["Store visit feedback", "store_feedback"]])

workbook("xlsform-clinic.xlsx", [
    ["type", "name", "label", "relevant", "constraint", "constraint_message", "calculation", "choice_filter",
     "required"],
    ["start", "start", None, None, None, None, None, None, None],
    ["end", "end", None, None, None, None, None, None, None],
    ["begin group", "facility", "Facility", None, None, None, None, None, None],
    ["select_one region", "region", "Region", None, None, None, None, None, "yes"],
    ["select_one district", "district", "District", None, None, None, None, "region=${region}", "yes"],
    ["integer", "beds", "Number of beds", None, ". >= 0 and . <= 2000", "0 to 2000 beds.", None, None, "yes"],
    ["integer", "staff", "Number of clinical staff", None, ". >= 0", None, None, None, "yes"],
    ["calculate", "beds_per_staff", None, None, None, None, "${beds} div ${staff}", None, None],
    ["end group", None, None, None, None, None, None, None, None],
    ["begin group", "services", "Services", None, None, None, None, None, None],
    ["select_multiple service", "offered", "Which services are offered?", None, None, None, None, None, "yes"],
    ["select_one yes_no", "vaccines", "Are vaccines in stock today?", "selected(${offered}, 'immunisation')",
     None, None, None, None, "yes"],
    ["begin repeat", "room", "Consultation room", None, None, None, None, None, None],
    ["select_one yes_no", "room_private", "Is the room private?", None, None, None, None, None, None],
    ["end repeat", None, None, None, None, None, None, None, None],
    ["image", "photo", "Photo of the entrance", None, None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None, None],
    ["begin group", "closing", "Closing", None, None, None, None, None, None],
    ["text", "notes", "Observations", "count-selected(${offered}) >= 2", None, None, None, None, None],
    ["note", "thanks", "Thank you. The interview is complete.", None, None, None, None, None, None],
    ["end group", None, None, None, None, None, None, None, None],
], [
    ["list_name", "name", "label", "region"],
    ["region", "north", "Northern", None],
    ["region", "south", "Southern", None],
    ["district", "n1", "Lakeside", "north"],
    ["district", "n2", "Hillview", "north"],
    ["district", "s1", "Riverbend", "south"],
    ["service", "immunisation", "Immunisation", None],
    ["service", "maternity", "Maternity", None],
    ["service", "lab", "Laboratory", None],
    ["yes_no", "yes", "Yes", None],
    ["yes_no", "no", "No", None],
], [["form_title", "form_id"], ["Health facility assessment", "facility_assessment"]])
