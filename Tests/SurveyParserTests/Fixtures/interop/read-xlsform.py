"""Reads an XLSForm written by `voc convert` with tools independent of voc, for XLSFormIndependentReaderTests.

openpyxl reads the workbook's sheets; pyxform, ODK's XLSForm converter (the one ODK Central and KoboToolbox run),
turns it into an ODK XForm, refusing a form it cannot field. Prints one JSON object: {"sheets": {name: rows},
"warnings": [...]} and writes the XForm to the second argument. Exit status 3 when a package is missing.

usage: python3 read-xlsform.py FORM.xlsx OUT.xml
"""
import json
import sys

try:
    import openpyxl
    from pyxform.xls2xform import xls2xform_convert
except ImportError as error:
    print(f"missing Python package {error.name}: run `python3 -m pip install openpyxl pyxform` "
          "(or .ci/install-deps)", file=sys.stderr)
    sys.exit(3)

path, xform = sys.argv[1], sys.argv[2]
book = openpyxl.load_workbook(path)
sheets = {}
for sheet in book.worksheets:
    sheets[sheet.title] = [["" if cell is None else str(cell) for cell in row]
                           for row in sheet.iter_rows(values_only=True)]
warnings = xls2xform_convert(xlsform_path=path, xform_path=xform, validate=False)
print(json.dumps({"sheets": sheets, "warnings": [str(warning) for warning in warnings]}))
