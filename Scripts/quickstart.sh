#!/usr/bin/env bash
# voc's main job on the shipped example study (a retail bank's customer needs by life stage):
#   install system packages -> build -> validate -> import -> quality -> weight -> needs -> report.
# Prints the headline findings and the path of the HTML report. Outputs go to ./out (or $VOC_OUT).
set -euo pipefail
cd "$(dirname "$0")/.."

bash .ci/install-deps
swift build --product voc 2>&1 | tail -n 1

voc=.build/debug/voc
out=${VOC_OUT:-out}
store="$out/bank-needs.voc.sqlite"
mkdir -p "$out"
rm -f "$store" "$store-wal" "$store-shm"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "1. Validate the survey definition"
"$voc" validate Surveys/bank-needs.xml

step "2. Import the example responses (simulated with: voc simulate --seed 2026 --profile Surveys/bank-needs-profile.json)"
"$voc" import Surveys/bank-needs.xml Surveys/bank-needs-responses.csv --store "$store"

step "3. Data quality: flag speeders, straightliners, duplicates, poor why answers, failed attention checks"
"$voc" quality "$store" --list 5 | sed -n '1,2p;/^responses with flags/,$p'

step "4. Rake to the population margins (age band x region)"
"$voc" weight "$store" --margins Surveys/bank-needs-margins.csv --name raked

step "5. Need priorities by age band (weighted, design-based SEs)"
"$voc" needs "$store" --by age_band --weight-set raked > "$out/bank-needs-priorities.txt"
sed -n '/^Priority order by top2/,/^  55+/p; /^Classification (important from .* on top2)/,/^$/p; /^Class shares/p' \
    "$out/bank-needs-priorities.txt"
echo "(full tables: $out/bank-needs-priorities.txt)"

step "6. Code the why answers with each probe's codebook (keyword and pattern rules)"
codebooks=(Surveys/codebooks/bank-needs-ladder.json Surveys/codebooks/bank-nps-themes.json)
for codebook in "${codebooks[@]}"; do "$voc" code "$store" --codebook "$codebook" --auto; done

step "7. Findings report"
labels=(); for codebook in "${codebooks[@]}"; do labels+=(--codebook "$codebook"); done
"$voc" report "$store" --weight-set raked --by age_band "${labels[@]}" --format md --out "$out/bank-needs-report.md" \
    > /dev/null
"$voc" report "$store" --weight-set raked --by age_band "${labels[@]}" --format html --out "$out/bank-needs-report.html"
echo
echo "HTML report: $out/bank-needs-report.html"
echo
echo "Try the web survey locally: $voc serve Surveys/web-feedback.xml --store $out/web.voc.sqlite"
echo "  then open http://127.0.0.1:8080/s/web-feedback in a browser (Ctrl-C stops the server)"
