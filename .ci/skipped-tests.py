#!/usr/bin/env python3
"""Prints every test the last build skipped, with the reason it gave (surefire and failsafe XML reports), so that a
skipped browser test (no chromium) says so in CI's log instead of only "Skipped: 2" in a module's summary.

Usage: python3 .ci/skipped-tests.py [repository root]"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent)
skipped = []
for report in sorted(root.glob("**/target/*-reports/TEST-*.xml")):
    for case in ET.parse(report).getroot().iter("testcase"):
        reason = case.find("skipped")
        if reason is not None:
            # the reason is the message, or (trimStackTrace=false) the first line of the assumption's stack trace
            text = reason.get("message") or (reason.text or "").strip().split("\n")[0] or "no reason given"
            text = text.removeprefix("org.opentest4j.TestAbortedException: ").removeprefix("Assumption failed: ")
            skipped.append(f"{case.get('classname')}.{case.get('name')}: {text}")
print(f"skipped-tests: {len(skipped)} test(s) skipped" + (":" if skipped else ""))
for line in skipped:
    print(f"  {line}")
