#!/usr/bin/env python3
"""Writes a kokai content folder as a Hugo site, the yardstick of bench/run.sh.

Usage: python3 bench/hugo_site.py CONTENT_DIR HUGO_SITE_DIR

Each sheet becomes one Markdown file whose front matter (JSON) carries every field of the sheet,
plus the taxonomies Hugo lists pages by: department, division, SDG goal, direction and fiscal
year. The theme (bench/hugo-theme) renders the same parts of a sheet that kokai's sheet page does:
organisation, overview, cost table, indicators, evaluation and direction.
"""
import json
import os
import shutil
import sys

import yaml

try:
    Loader = yaml.CSafeLoader
except AttributeError:  # PyYAML without libyaml: slower, same result
    Loader = yaml.SafeLoader


def front_matter(sheet):
    org = sheet["organization"]
    direction = (sheet.get("direction") or {}).get("decision")
    data = dict(sheet)
    data["title"] = f'{sheet["id"]} {sheet["title"]}'
    data["published"] = str(sheet.get("published", ""))
    data["departments"] = [org["department"]]
    data["divisions"] = [org["department"] + " " + org["division"]]
    data["goals"] = [f"SDG {g}" for g in sheet.get("sdgs", [])]
    data["directions"] = [direction] if direction else []
    data["years"] = [str(sheet["fiscalYear"])]
    return data


def body(sheet):
    ov = sheet.get("overview") or {}
    res = sheet.get("results") or {}
    parts = ["## 事業の概要", f'**対象** {ov.get("target", "")}', ov.get("purpose", ""), ov.get("activities", ""),
             "## 事業の成果と課題"]
    for key in ("previousIssuesResponse", "achievements", "operationalIssues", "organizationalIssues", "improvementGoal"):
        if res.get(key):
            parts.append(res[key])
    return "\n\n".join(p for p in parts if p) + "\n"


def main(content_dir, site_dir):
    with open(os.path.join(content_dir, "site.yaml"), encoding="utf-8") as f:
        site = yaml.load(f, Loader=Loader)
    if os.path.exists(site_dir):
        shutil.rmtree(site_dir)
    here = os.path.dirname(os.path.abspath(__file__))
    shutil.copytree(os.path.join(here, "hugo-theme"), os.path.join(site_dir, "themes", "bench"))
    with open(os.path.join(site_dir, "hugo.toml"), "w", encoding="utf-8") as f:
        f.write(f'''baseURL = "{site.get("baseUrl", "https://example.jp/")}"
languageCode = "ja"
title = "{site["title"]}"
theme = "bench"
buildFuture = true
disableKinds = ["sitemap", "robotsTXT", "404"]
[outputs]
home = ["HTML"]
section = ["HTML"]
taxonomy = ["HTML"]
term = ["HTML"]
[taxonomies]
department = "departments"
division = "divisions"
goal = "goals"
direction = "directions"
year = "years"
''')
    sheets_dir = os.path.join(content_dir, "sheets")
    count = 0
    for year in sorted(os.listdir(sheets_dir)):
        out_dir = os.path.join(site_dir, "content", "sheets", year)
        os.makedirs(out_dir, exist_ok=True)
        for name in sorted(os.listdir(os.path.join(sheets_dir, year))):
            with open(os.path.join(sheets_dir, year, name), encoding="utf-8") as f:
                sheet = yaml.load(f, Loader=Loader)
            stem = os.path.splitext(name)[0]
            with open(os.path.join(out_dir, stem + ".md"), "w", encoding="utf-8") as f:
                json.dump(front_matter(sheet), f, ensure_ascii=False, default=str)
                f.write("\n\n" + body(sheet))
            count += 1
    print(f"wrote {count} Hugo pages to {site_dir}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
